# Protocol is a base class, runtime_checkable returns its class, and a
# subclass of Generic[T] can be subscripted (Box[int]) and called so.
from typing import ClassVar, DefaultDict, Deque, Final, Generic, Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


@runtime_checkable
class Named(Protocol):
    def name(self) -> str: ...


class Box(Generic[T]):
    count: ClassVar[int] = 0

    def __init__(self, item: T) -> None:
        self.item = item


class Pair(Box[T]):
    pass


class City:
    def name(self) -> str:
        return "Казань"


b = Box[int](5)
print(b.item, Box[int], Pair[str], Pair[str]("пара").item, Box.count)
print(Named.__name__, [c.__name__ for c in Named.__mro__], City().name())
print(ClassVar[int], Final[str], Deque[int], DefaultDict[str, int])
LIMIT: Final = 10
print(LIMIT)
