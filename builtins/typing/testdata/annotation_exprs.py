# Annotation expressions as real programs write them, evaluated and
# printed with repr (after the probe the annotations work started from).
import typing, queue, threading, collections.abc, concurrent.futures as cf
from typing import *
from dataclasses import InitVar, KW_ONLY, field
T = TypeVar("T")
K = TypeVar("K", bound=int)
exprs = ["int", "list[int]", "dict[str, list[int]]", "tuple[int, ...]", "int | None", "Optional[int]", "Union[int, str]",
 "List[int]", "Dict[str, Any]", "Callable[[int], str]", "Callable[..., None]", "Iterator[int]", "Generator[int, None, None]",
 "Iterable[str]", "Sequence[T]", "Mapping[str, int]", "Set[int]", "FrozenSet[int]", "Tuple[int, str]", "Type[int]",
 "Literal['a', 'b']", "Final[int]", "ClassVar[int]", "queue.Queue[int]", "queue.Queue", "threading.Thread", "threading.Lock",
 "collections.abc.Callable[[int], int]", "cf.Future[int]", "set[str]", "frozenset[int]", "type[int]", "Any", "None", "NoReturn",
 "Deque[int]", "DefaultDict[str, int]", "Counter[str]", "OrderedDict[str, int]", "Awaitable[int]", "Coroutine[Any, Any, int]",
 "AsyncIterator[int]", "Annotated[int, 'meta']", "typing.Self", "LiteralString", "TypeAlias",
 "collections.deque[int]", "collections.defaultdict[str, int]", "Optional['Node']", "list['Node']", "'Node'", "Hashable", "Sized",
 "Iterable[tuple[str, int]]", "dict[str, 'Node'] | None", "Protocol", "Generic[T]", "IO[str]", "TextIO", "Pattern[str]", "Match[str]",
 "Callable[[], None]", "Union[int, None]", "Optional[Callable[[int], None]]", "ParamSpec('P')", "Concatenate", "Self", "Unpack[int]", "Concatenate[int, ...]",
 "typing.Optional[int]", "list[tuple[int, int]]", "threading.Event", "threading.Condition", "threading.Semaphore", "cf.ThreadPoolExecutor",
 "SupportsInt", "Reversible[int]", "Container[int]", "Collection[int]", "MutableMapping[str, int]", "MutableSequence[int]", "AbstractSet[int]",
 "typing.Iterator[str]", "int | str | None", "list[int] | None", "Union[List[int], Dict[str, int]]", "K", "Never", "Required[int]", "Unpack"]
for e in exprs:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as ex:
        print(e, "!!", type(ex).__name__, ex)
more = ["collections.deque[int]", "collections.OrderedDict[str, int]", "collections.Counter[str]", "collections.ChainMap[str, int]",
 "queue.SimpleQueue[int]", "queue.LifoQueue[int]", "queue.PriorityQueue[int]", "collections.abc.Iterable[int]", "collections.abc.Mapping[str, int]",
 "collections.abc.Callable[..., int]", "collections.abc.Sequence[int] | None", "cf.ThreadPoolExecutor[int]", "threading.Thread[int]", "type[int]",
 "frozenset[int]", "tuple[()]", "dict[str, int][int]", "Any[int]", "NoReturn[int]", "Self[int]", "Literal[1, 'a', None, True]", "Annotated[int]",
 "Annotated[int, 'a', 2]", "Required[int, str]", "TypeGuard[int]", "Callable[int]", "Callable[[int], str].__args__", "Iterable[int].__origin__",
 "Iterable.__origin__", "List.__origin__", "Counter()", "Deque()", "typing.Counter[str]()", "List[int]()", "Generic[T].__origin__", "Generic", "Protocol[T]",
 "get_origin(Annotated[int, 'x'])", "get_args(Annotated[int, 'x'])", "get_origin(Generic[T])", "get_origin(ClassVar[int])", "get_args(Tuple[int, ...])",
 "get_args(Tuple[()])", "get_origin(Tuple[int])", "get_origin(Iterable[int])", "get_origin(Generic)", "get_args(Union[int, str])", "get_origin(int)", "get_args(int)",
 "List[int] | None", "List[int] | 'x'", "List | None", "Literal['a'] | None", "T | None", "None | T", "Optional[T]", "isinstance([], List)",
 "isinstance([], Iterable)", "isinstance({}, Mapping)", "isinstance(1, Hashable)", "isinstance([], Sized)", "isinstance(len, Callable)", "isinstance(1, Any)",
 "isinstance([], List[int])", "NewType('UserId', int)", "NewType('UserId', int)(5)", "NewType('UserId', int).__supertype__", "ParamSpec('P').args",
 "TypeVar('T', int, str).__constraints__", "TypeVar('K', bound=int).__bound__", "T.__covariant__", "TypeVar('T_co', covariant=True)",
 "cast(int, 'x')", "assert_type(3, int)", "Text", "AnyStr", "ByteString", "SupportsIndex", "Literal[1] == Literal[1]", "Literal[1, 2] == Literal[2, 1]",
 "hash(List[int]) == hash(List[int])", "Union[int, List[int]]", "Union['Node', None]", "Optional['Node']", "Union[int, T]", "List[T][int]",
 "Dict[str, T][int]", "Dict[str, T][int, str]", "Set", "Sized.__origin__", "IO", "TextIO.__mro__", "Generic[int]", "Tuple[int, str].__args__", "Optional[int].__args__"]
for e in more:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as ex:
        print(e, "!!", type(ex).__name__, ex)
try:
    assert_never(1)
except AssertionError as e:
    print("AssertionError:", e)
print(sorted(typing.__all__) == sorted(n for n in typing.__all__ if hasattr(typing, n)), len(typing.__all__))
print(ForwardRef("Node"), ForwardRef("Node") == ForwardRef("Node"), ParamSpecArgs, ParamSpecKwargs, type(ParamSpec("Q").kwargs))


@overload
def area(x: int) -> int: ...
@overload
def area(x: float) -> float: ...
def area(x):
    return x * x


print(len(get_overloads(area)), area(3))
clear_overloads()
print(get_overloads(area))
print(hash(Literal[1, 2]) == hash(Literal[2, 1]), {Literal[1, 2]: "л"}[Literal[2, 1]])
for e in ['Union[1]', 'Union[int, 1]', 'Optional[1]', 'List[1]', 'ClassVar[1]', 'Callable[[1], int]', 'Tuple[1]', 'Union[int, len]',
          'List[len]', 'Literal[len]', 'Union[int, (int, str)]', 'Optional[(int,)]', 'Optional[()]']:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
