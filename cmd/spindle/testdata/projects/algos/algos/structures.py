from collections import deque
from typing import Generic, List, TypeVar

T = TypeVar("T")


class EmptyError(Exception):
    """Raised by pop/dequeue on an empty container."""

    def __init__(self, kind):
        super().__init__(f"{kind} пуст")
        self.kind = kind


class Stack(Generic[T]):
    def __init__(self, items=()):
        self._items: List[T] = list(items)

    def push(self, x: T) -> None:
        self._items.append(x)

    def pop(self) -> T:
        if not self._items:
            raise EmptyError("стек")
        return self._items.pop()

    def peek(self) -> T:
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return reversed(self._items)

    def __repr__(self):
        return f"Stack({self._items!r})"


class Queue(Generic[T]):
    def __init__(self):
        self._items = deque()

    def enqueue(self, x: T) -> None:
        self._items.append(x)

    def dequeue(self) -> T:
        try:
            return self._items.popleft()
        except IndexError:
            raise EmptyError("очередь") from None

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)
