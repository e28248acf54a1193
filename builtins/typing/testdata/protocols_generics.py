# Protocol with runtime_checkable isinstance/issubclass checking the
# members, Generic subclasses with __orig_bases__ and __parameters__,
# TypedDict, NewType, get_type_hints on classes.
from typing import *
import typing
T = TypeVar("T")

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class Named(Protocol):
    name: str

class F:
    def close(self): pass
class G:
    pass

print(isinstance(F(), Closer), isinstance(G(), Closer), issubclass(F, Closer), issubclass(G, Closer))
try:
    isinstance(F(), Named)
except TypeError as e:
    print("TypeError:", e)
try:
    Closer()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(3.5, SupportsAbs))

class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []
print(Stack.__orig_bases__, Stack.__parameters__, Stack[int], Stack[int]().items)
class IntStack(Stack[int]): pass
print(IntStack.__orig_bases__, IntStack.__parameters__, IntStack.__mro__)

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Дюна", year=2021)
print(m, type(m))
class Partial(TypedDict, total=False):
    x: int
print(Partial.__total__, Partial(x=1))
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__)
print(get_args(int | str), get_origin(int | str), get_origin(Literal['a']), get_args(Callable[[int], str]), get_origin(Dict[str, int]))
print(List[T][int], Dict[str, T][int], Generic[T], Protocol[T])
print(int | T, T | None, List[int] | None, Optional[int] == (int | None), isinstance([], Iterable), isinstance(1, Optional[int]))


class Base:
    size: int = 0


class Tree(Base):
    parent: Optional["Tree"] = None


# The annotations as CPython evaluates them, strings left for
# get_type_hints to resolve in the module's globals.
Base.__annotations__ = {"name": "str", "size": int}
Tree.__annotations__ = {"children": "list[Tree]", "parent": Optional["Tree"]}
print(get_type_hints(Tree))


def grow(tree, extra=None):
    return tree


grow.__annotations__ = {"tree": "Tree", "extra": "Optional[list[Tree]]", "return": "Tree | None"}
print(get_type_hints(grow), get_type_hints(len), get_type_hints(Movie) == {"title": str, "year": int} or "(annotations)")
print(Movie.__required_keys__ == {"title", "year"}, Partial.__optional_keys__, is_typeddict(Movie), is_typeddict(dict))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class SizedIter(Protocol):
    def __len__(self) -> int: ...
    def __iter__(self): ...


print(isinstance([], SizedIter), isinstance(5, SizedIter), isinstance("абв", SizedIter), issubclass(dict, SizedIter))


class NoClose:
    close = None


print(isinstance(NoClose(), Closer), issubclass(NoClose, Closer))


@runtime_checkable
class HasName(Protocol):
    name: str


class Person:
    def __init__(self):
        self.name = "Аня"


print(isinstance(Person(), HasName), isinstance(F(), HasName))
try:
    issubclass(Person, HasName)
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(F)
except TypeError as e:
    print("TypeError:", e)


class Explicit(Closer):
    pass


print(isinstance(Explicit(), Closer), Explicit().close(), Closer._is_protocol, Explicit._is_protocol)
K = TypeVar("K")
V = TypeVar("V")


class Pairs(Generic[K, V]):
    pass


class StrPairs(Pairs[str, V]):
    pass


print(Pairs.__parameters__, StrPairs.__parameters__, StrPairs.__orig_bases__, Pairs[int, str], StrPairs[int])


@overload
def twice(x: int) -> int: ...
@overload
def twice(x: str) -> str: ...
def twice(x):
    return x * 2


@final
class Leaf:
    pass


print(twice(2), twice("ж"), Leaf.__final__, no_type_check(twice) is twice)
b = Stack[int]()
print(b.__orig_class__, vars(b), type(b))
for bad in ["Stack[int, str]", "IntStack[int]", "Pairs[int]", "Generic[int]", "Protocol[1]"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)


@runtime_checkable
class Reader(Protocol[T]):
    def read(self) -> T: ...


class FileLike:
    def read(self):
        return "данные"


print(isinstance(FileLike(), Reader), Reader[str], Reader.__parameters__, Annotated[int, "мета"].__metadata__, get_origin(Annotated[int, 1]))
print(type(List), type(List[int]), type(Literal[1]), type(Optional[int]), type(int | None), type(Callable[[], int]), type(Annotated[int, 1]))


class Settings(Mapping[str, int]):
    def __init__(self, **kw):
        self.kw = kw
    def __getitem__(self, k):
        return self.kw[k]
    def __iter__(self):
        return iter(self.kw)
    def __len__(self):
        return len(self.kw)


s = Settings(ширина=3, height=4)
print(dict(s), s.get("ширина"), "height" in s, Settings.__orig_bases__, isinstance(s, Mapping), Settings.__mro__[1])
print(Deque[int](), DefaultDict[str, int], Counter[str]("abca"), Iterator[int].__origin__, Callable.__origin__)
Film = TypedDict("Film", {"title": Required[str], "year": int, "rating": NotRequired[float]}, total=False)
Book = TypedDict("Book", {"title": str, "isbn": NotRequired[str]})
print(sorted(Film.__required_keys__), sorted(Film.__optional_keys__), sorted(Book.__required_keys__), sorted(Book.__optional_keys__))


def tagged(x, y):
    return x


tagged.__annotations__ = {"x": Annotated[int, "положительное"], "y": "list[Annotated[str, 1]] | None", "return": Required[int]}
print(get_type_hints(tagged))
print(get_type_hints(tagged, include_extras=True))
print(List[T][int], Dict[T, List[T]][str], Callable[[T], T][int], Annotated[T, "m"][int], Optional[T][str])
