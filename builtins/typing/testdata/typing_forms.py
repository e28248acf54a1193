import typing
from typing import Any, List, Dict, Tuple, Set, FrozenSet, Optional, Union, Callable
from typing import Iterable, Iterator, Sequence, Mapping, Type, TypeVar, Generic, cast, TYPE_CHECKING

class Foo:
    pass

T = TypeVar("T")
K = TypeVar("K", bound=str)

print(List[int], Dict[str, List[int]], Optional[int], Callable[[int], str])
print(Any, List, Callable, Optional, Union, T, K, TYPE_CHECKING)
print(Optional[Union[int, str]], Union[int, None, str], Union[int], Union[int, int], Union[str, int])
print(Callable[[], None], Dict[str, List[Foo]], List["Foo"], List[T], Type[Foo])
print(Set[int], FrozenSet[str], Iterator[int], Mapping[str, Any], Sequence[float])
print(Iterable[Tuple[int, str]], Union[List[int], None], Tuple[int, str], Tuple[()], Optional[Optional[int]])
print(List[int] == List[int], List[int] == List[str], Optional[int] == Union[int, None])
print(cast(int, "not an int"), cast(List[int], [1, 2]), cast("Foo", None))
print(typing.List[int], typing.Any, T.__name__)

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, isinstance(s, Stack))

Vector = List[float]
def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]
print(scale(2.0, [1.0, -4.2, 5.4]), Vector)

def greet(name: Optional[str] = None) -> str:
    return "Hello, " + (name or "world")
print(greet(), greet("Ann"))

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]))
if TYPE_CHECKING:
    print("never")
for bad in [lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str], lambda: List(), lambda: Union[()]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
