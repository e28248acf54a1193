from collections.abc import Sequence, MutableMapping, Iterable, Iterator, Container, Sized, Hashable
from itertools import chain, tee, product, permutations, combinations, starmap, takewhile, dropwhile


class Алфавит(Sequence):
    def __init__(self, начало="а", конец="я"):
        self.буквы = [chr(c) for c in range(ord(начало), ord(конец) + 1)]

    def __getitem__(self, i):
        if isinstance(i, slice):
            return "".join(self.буквы[i])
        return self.буквы[i]

    def __len__(self):
        return len(self.буквы)


а = Алфавит()
print(len(а), а[0], а[-1], а[:5], а[::8], "ё" in а, "ж" in а, а.index("к"), а.count("о"))
print(list(reversed(Алфавит("а", "д"))), isinstance(а, Iterable), isinstance(а, Container), isinstance(а, Hashable))
try:
    а.index("ё")
except ValueError as e:
    print("ValueError:", e)


class Реестр(MutableMapping):
    def __init__(self):
        self._данные = {}

    def __getitem__(self, k):
        return self._данные[k.casefold()]

    def __setitem__(self, k, v):
        self._данные[k.casefold()] = v

    def __delitem__(self, k):
        del self._данные[k.casefold()]

    def __iter__(self):
        return iter(self._данные)

    def __len__(self):
        return len(self._данные)

    def __repr__(self):
        return f"Реестр({self._данные})"


р = Реестр()
р["Москва"] = 1147
р.update({"КАЗАНЬ": 1005, "Тула": 1146})
р.setdefault("тула", 0)
print(р, р["МОСКВА"], "казань" in р, р.get("Омск", "?"), len(р))
print(р.pop("Тула"), sorted(р.keys()), list(р.values()), р.popitem(), р)
try:
    del р["Омск"]
except KeyError as e:
    print("KeyError:", e)


class Диапазон:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        return ДиапазонИтератор(self.a, self.b)

    def __contains__(self, x):
        return self.a <= x < self.b


class ДиапазонИтератор(Iterator):
    def __init__(self, a, b):
        self.i, self.b = a, b

    def __next__(self):
        if self.i >= self.b:
            raise StopIteration
        self.i += 1
        return self.i - 1


д = Диапазон(1, 5)
it = iter(д)
print(list(д), 3 in д, 7 in д, iter(it) is it, isinstance(it, Iterator), isinstance(д, Sized))
x, y = tee(д)
print(list(x), sum(y), list(chain.from_iterable([д, "аб"])))
print(list(product("аб", repeat=2)), list(permutations("эюя", 2))[:3], list(combinations(д, 3)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda v: v < 3, д)), list(dropwhile(lambda v: v < 3, д)))
try:
    Алфавит.__abstractmethods__ and Sequence()
except TypeError as e:
    print("TypeError:", e)
