# collections.abc: isinstance/issubclass for builtin and user types
# (registered types, one-trick ABCs by their methods), the mixin methods
# that Sequence, MutableSequence, MutableSet, Mapping and MutableMapping
# give a class from its few abstract ones, and dict() of a Mapping.
import collections.abc as cabc
from collections.abc import (Callable, Container, Generator, Hashable, ItemsView, Iterable, Iterator,
                             KeysView, Mapping, MutableMapping, MutableSequence, MutableSet, Reversible,
                             Sequence, Set, Sized)


def gen():
    yield 1


class Walk:
    def __iter__(self):
        return iter("аб")


class Box:
    def __len__(self):
        return 3

    def __call__(self):
        return "вызов"


checks = [
    ([], MutableSequence), ((), Sequence), ((), MutableSequence), ("ёж", Sequence), (range(3), Sequence),
    ({}, MutableMapping), ({}, Sequence), ({1}, MutableSet), (frozenset(), Set), (frozenset(), MutableSet),
    (iter([]), Iterator), ([], Iterator), (gen(), Generator), (gen(), Iterator), ({}.keys(), KeysView),
    ({}.items(), Set), (1, Hashable), ([], Hashable), (len, Callable), (gen, Callable), (Walk(), Iterable),
    (Walk(), Sized), (Box(), Sized), (Box(), Callable), (Box(), Container), ([], Reversible), (b"x", Sequence),
]
for value, abc in checks:
    print(f"{type(value).__name__:>16} {abc.__name__:<16} {isinstance(value, abc)}")
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(Walk, Iterable), issubclass(int, Iterable))
print(cabc.Sequence is Sequence, [n for n in ("Sequence", "Mapping", "Iterable") if n in cabc.__all__])


class Буквы(Sequence):
    def __init__(self, s):
        self.s = s

    def __getitem__(self, i):
        return self.s[i]

    def __len__(self):
        return len(self.s)


b = Буквы("абракадабра")
print(list(b)[:3], "к" in b, "я" in b, b.index("к"), b.index("а", 1), b.count("а"), "".join(reversed(b)))
try:
    b.index("я")
except ValueError:
    print("ValueError")


class Список(MutableSequence):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


s = Список()
s.append("в")
s.extend(["а", "б"])
s.__iadd__(["г"])
s.reverse()
print(s.data, s.pop(), s.pop(0), s.data)
s.remove("а")
print(s.data, isinstance(s, Sequence))


class Множество(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


m = Множество("абв")
print(sorted(m & Множество("бвг")), sorted(m | Множество("гд")), sorted(m - Множество("а")), m <= Множество("абвг"))
m.__ior__(["я"])
m.__isub__(["а"])
print(m.items, m.isdisjoint("xyz"), m == Множество("бвя"))


class Склад(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


w = Склад()
w.update({"хлеб": 2}, молоко=1)
print(w.setdefault("сыр", 0), w.get("нет", "—"), "хлеб" in w, list(w.keys()), list(w.values()), list(w.items()))
print(("хлеб", 2) in w.items(), w.pop("сыр"), w.pop("нет", None), dict(w), isinstance(w.keys(), Set))
d = {"соль": 1}
d.update(w)
print(d, dict(w, перец=5))


class Неполный(Sequence):
    def __len__(self):
        return 0


try:
    Неполный()
except TypeError as e:
    print("TypeError:", e)


class Shape(Sized):
    pass


Shape.register(Buква := type("Буква", (), {}))
print(issubclass(Buква, Shape), issubclass(Buква, Sized), isinstance(Buква(), Shape))
