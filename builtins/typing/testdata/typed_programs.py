# Typed code as real programs write it: generic repositories, NamedTuple,
# TypedDict, dataclasses with generics, overloads, ParamSpec decorators,
# callable protocols, singledispatch on unions.
from __future__ import annotations
import dataclasses
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterator, List, Literal, Mapping, NamedTuple,
                    Optional, Protocol, Sequence, Tuple, TypeVar, Union, overload, cast, TYPE_CHECKING, Final,
                    TypedDict, Required, NotRequired, get_type_hints, Self)
import typing

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")
Number = Union[int, float]
Handler = Callable[[str], None]
JSON = Union[Dict[str, "JSON"], List["JSON"], str, int, float, bool, None]
print(Number, Handler, JSON)


class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


class Repo(ABC, Generic[T]):
    @abstractmethod
    def get(self, key: str) -> Optional[T]: ...


class MemRepo(Repo[T]):
    def __init__(self) -> None:
        self.data: dict[str, T] = {}

    def get(self, key: str) -> T | None:
        return self.data.get(key)

    def put(self, key: str, value: T) -> Self:
        self.data[key] = value
        return self


r = MemRepo[int]().put("a", 1).put("б", 2)
print(r.get("б"), r.get("x"), MemRepo.__orig_bases__, MemRepo.__parameters__, Repo.__parameters__)
try:
    Repo()
except TypeError as e:
    print("TypeError:", e)


class Point(NamedTuple):
    x: float
    y: float = 0.0


print(Point(1.5), Point._fields)


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int


print(Movie(title="Солярис"), sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))


@dataclass
class Node(Generic[T]):
    value: T
    children: list[Node[T]] = field(default_factory=list)
    kind: ClassVar[str] = "node"

    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(list(tree.walk()), Node[int], Node.kind)


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x: Union[int, str]) -> Union[int, str]:
    return x


print(parse(1), parse("s"), cast("list[int]", [1]))
Mode = Literal["r", "w"]


def open_it(mode: Mode = "r") -> Mode:
    return mode


print(open_it(), Mode, typing.get_args(Mode), Mode.__args__)
MAX: Final = 3
Pair = Tuple[int, int]
print(Pair, MAX, Optional[Pair], List[Pair] | None)
callbacks: list[Callable[..., Any]] = []
callbacks.append(print)
print(len(callbacks), isinstance(print, typing.Callable), callable(Handler))
if TYPE_CHECKING:
    from collections.abc import Iterable
print(typing.Iterable[int] == typing.Iterable[int], hash(Optional[int]) == hash(Union[None, int]), Union[int, str] == Union[str, int])
print(typing.get_origin(Mapping[str, int]), typing.get_args(Mapping[str, int]), typing.Sequence[int].__origin__)
x: int | str = 5
print(isinstance(x, int | str), isinstance(x, Union[int, str]))
import functools
from typing import ParamSpec, Concatenate, runtime_checkable
P = ParamSpec("P")
R = TypeVar("R")

def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner

@logged
def add(a: int, b: int) -> int:
    return a + b
print(add(1, 2), Callable[P, R], Concatenate[int, P], Callable[Concatenate[int, P], R], P.args, P.kwargs)

@runtime_checkable
class Handler(Protocol):
    def __call__(self, event: str) -> None: ...

def h(event): pass
print(isinstance(h, Handler), isinstance(1, Handler), isinstance(print, Handler))

@functools.singledispatch
def show(x):
    return "object"
@show.register(int)
def _(x: int):
    return "int"
@show.register(float | bool)
def _(x):
    return "number"
@show.register(list)
def _(x):
    return "list"
print(show(1), show(1.5), show([]), show("s"))
print(typing.Callable[..., R], typing.Optional[typing.Callable[[int], None]], typing.Type[int] | None)
print(typing.TextIO, typing.IO[str], typing.BinaryIO.__mro__)
