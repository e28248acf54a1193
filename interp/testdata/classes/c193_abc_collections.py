# Collections built on collections.abc mixins: a Set with its operators,
# a read-only Mapping, a MutableSequence, and the abstract-method errors.
from collections.abc import Set, Mapping, MutableSequence, Sized, Iterable, Container, Hashable
from abc import ABC, abstractmethod


class Range2(Set):
    def __init__(self, items=()):
        self._items = sorted(set(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Range2({self._items})"


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Stack(MutableSequence):
    def __init__(self):
        self._data = []

    def __getitem__(self, i):
        return self._data[i]

    def __setitem__(self, i, v):
        self._data[i] = v

    def __delitem__(self, i):
        del self._data[i]

    def __len__(self):
        return len(self._data)

    def insert(self, i, v):
        self._data.insert(i, v)

    def __repr__(self):
        return f"Stack{self._data}"


a, b = Range2([1, 2, 3, 4]), Range2([3, 4, 5])
print(a & b, a | b, a - b, a ^ b, a <= Range2(range(10)), a < a, a == Range2([4, 3, 2, 1]))
print(a.isdisjoint([7, 8]), a & {2, 9}, {2, 9} & a, type(a | b).__name__, a == {1, 2, 3, 4})
f = Frozen(x=1, y=2)
print(f["x"], f.get("z", 0), "y" in f, list(f.keys()), list(f.items()), f == {"x": 1, "y": 2}, dict(f))
try:
    f["z"] = 3
except TypeError as e:
    print("TypeError:", e)
s = Stack()
s.append(1)
s.extend([2, 3, 4])
s += [5]
s.insert(0, 0)
print(s, s.pop(), s.pop(0), s.index(3), s.count(2), 3 in s, list(reversed(s)))
s.remove(2)
s.reverse()
print(s, len(s), s[-1], s[1:])
print(isinstance(s, Sized), isinstance(f, Iterable), isinstance(a, Container), isinstance(f, Hashable), isinstance([], Hashable))


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...


class Square(Shape):
    def __init__(self, a):
        self.a = a

    def area(self):
        return self.a ** 2


for cls in (Shape, Square, Stack.__mro__[1]):
    try:
        cls(2) if cls is Square else cls()
    except TypeError as e:
        print("TypeError:", e)
Square.perimeter = lambda self: 4 * self.a
print(sorted(Square.__abstractmethods__))
