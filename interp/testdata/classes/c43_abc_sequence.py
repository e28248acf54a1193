# collections.abc: Sequence/Mapping/MutableSet — методы-примеси из __getitem__/__len__
from collections.abc import Sequence, Mapping, MutableMapping, Set, Iterable, Sized, Container, Hashable


class Alphabet(Sequence):
    def __init__(self, letters):
        self._letters = letters

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Alphabet(self._letters[i])
        return self._letters[i]

    def __len__(self):
        return len(self._letters)

    def __repr__(self):
        return f"Alphabet({self._letters!r})"


ru = Alphabet("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
print(len(ru), ru[0], ru[-1], ru[5:8])
print("ё" in ru, "q" in ru, ru.index("ж"), ru.count("а"))
print(list(reversed(ru[:5])), list(ru[30:]))
print(isinstance(ru, Iterable), isinstance(ru, Sized), isinstance(ru, Container))
try:
    ru.index("z")
except ValueError as e:
    print("ValueError:", e)


class Inventory(Mapping):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


inv = Inventory(хлеб=2, молоко=1, сыр=0)
print(inv["хлеб"], inv.get("масло", "нет"), "сыр" in inv, len(inv))
print(list(inv.keys()), list(inv.values()), list(inv.items()))
print(inv == Inventory(хлеб=2, молоко=1, сыр=0), dict(inv))


class LowerDict(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


ld = LowerDict()
ld["Ключ"] = 1
ld.update({"ДРУГОЙ": 2, "третий": 3})
print(dict(ld), ld.pop("другой"), ld.setdefault("НОВЫЙ", 9), dict(ld))
print(ld.popitem(), len(ld))
ld.clear()
print(len(ld), dict(ld))


class Range3(Set):
    def __init__(self, items):
        self._s = set(items)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)


r1, r2 = Range3([1, 2, 3]), Range3([2, 3, 4])
print(sorted(r1 & r2), sorted(r1 | r2), sorted(r1 - r2), r1 <= Range3([1, 2, 3, 5]), r1.isdisjoint([7]))
print(isinstance(1, Hashable), isinstance([], Hashable), issubclass(list, Sequence), issubclass(dict, Mapping))


class Incomplete(Sequence):
    def __len__(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
