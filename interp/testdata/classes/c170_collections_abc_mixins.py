# collections.abc: Set с операторами, MutableSequence, Mapping — примеси из пяти методов
from collections.abc import Set, MutableSequence, Mapping, Hashable, Sized, Iterable, Container


class ДиапазонБукв(Set):
    def __init__(self, буквы):
        self._б = sorted(set(буквы))

    def __contains__(self, x):
        return x in self._б

    def __iter__(self):
        return iter(self._б)

    def __len__(self):
        return len(self._б)

    def __repr__(self):
        return "ДБ(" + "".join(self._б) + ")"


а, б = ДиапазонБукв("абвг"), ДиапазонБукв("вгде")
print(а | б, а & б, а - б, а ^ б, type(а | б).__name__)
print(а <= ДиапазонБукв("абвгд"), а < а, а == ДиапазонБукв("гвба"), а != б, а.isdisjoint(ДиапазонБукв("xyz")))
print(а & {"а", "я"}, sorted({"в", "я"} & а), а | "юя", len(а), "б" in а, list(а))
try:
    а | 5
except TypeError as e:
    print("TypeError:", e)
print(isinstance(а, Hashable), isinstance(а, Sized), isinstance(а, Container), hash(а._hash()) == hash(а._hash()) if hasattr(а, "_hash") else "-")


class Стек(MutableSequence):
    def __init__(self, *элементы):
        self._д = list(элементы)

    def __getitem__(self, i):
        return self._д[i]

    def __setitem__(self, i, v):
        self._д[i] = v

    def __delitem__(self, i):
        del self._д[i]

    def __len__(self):
        return len(self._д)

    def insert(self, i, v):
        self._д.insert(i, v)

    def __repr__(self):
        return f"Стек{self._д}"


с = Стек(1, 2, 3)
с.append(4)
с.extend([5, 6])
с += [7]
print(с, с.pop(), с.pop(0), с, len(с), с[-1], с[1:3], 3 in с, с.index(4), с.count(2))
с.reverse()
с.remove(5)
print(с, list(reversed(с)), sum(с), max(с))
с[0] = 100
del с[1]
print(с, с.pop(), с)
try:
    с.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    с.index(42)
except ValueError as e:
    print("ValueError:", e)
с.clear()
print(с, bool(с), len(с))


class Справочник(Mapping):
    def __init__(self, **kw):
        self._д = dict(kw)

    def __getitem__(self, k):
        return self._д[k.lower()]

    def __iter__(self):
        return iter(self._д)

    def __len__(self):
        return len(self._д)


с2 = Справочник(москва=12, казань=1)
print(с2["МОСКВА"], с2.get("Казань"), с2.get("омск", 0), "москва" in с2, "Омск" in с2, list(с2.keys()), list(с2.items()), list(с2.values()))
print(с2 == {"москва": 12, "казань": 1}, dict(с2), len(с2), sorted(с2), isinstance(с2, Iterable))
try:
    с2["омск"]
except KeyError as e:
    print("KeyError:", e)
try:
    Справочник.__setitem__
except AttributeError as e:
    print("AttributeError:", e)


class Неполный(MutableSequence):
    def __getitem__(self, i):
        return i


try:
    Неполный()
except TypeError as e:
    print("TypeError:", e)
