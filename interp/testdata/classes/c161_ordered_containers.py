# Контейнеры-экзаменационные: Множество на списке, __contains__/__iter__/__reversed__, операции |, &, -, ^, <=
from functools import total_ordering
from collections.abc import MutableSet, Sequence


class Множество(MutableSet):
    def __init__(self, элементы=()):
        self._э = []
        for x in элементы:
            self.add(x)

    def __contains__(self, x):
        return x in self._э

    def __iter__(self):
        return iter(self._э)

    def __len__(self):
        return len(self._э)

    def add(self, x):
        if x not in self._э:
            self._э.append(x)

    def discard(self, x):
        if x in self._э:
            self._э.remove(x)

    def __repr__(self):
        return "{" + ", ".join(map(repr, self._э)) + "}" if self._э else "Множество()"


а = Множество("абвг")
б = Множество("вгде")
print(а, б, а | б, а & б, а - б, а ^ б, а <= Множество("абвгд"), а.isdisjoint("xyz"), len(а | б))
а |= "жз"
а -= "аб"
print(а, а == Множество("вгжз"), а == set("вгжз"), "ж" in а, а.pop(), а, sorted(а))
try:
    Множество().pop()
except KeyError as e:
    print("KeyError:", repr(e))
а.remove("г")
try:
    а.remove("я")
except KeyError as e:
    print("KeyError:", e)


class Диапазон(Sequence):
    def __init__(self, начало, конец, шаг=1):
        self.н, self.к, self.ш = начало, конец, шаг

    def __len__(self):
        return max(0, (self.к - self.н + self.ш - 1) // self.ш)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("индекс вне диапазона")
        return self.н + i * self.ш

    def __repr__(self):
        return f"Диапазон({self.н}, {self.к}, {self.ш})"


д = Диапазон(1, 20, 3)
print(д, len(д), list(д), д[-1], д[1:4], д[::-2], 7 in д, 8 in д, д.index(10), д.count(4), list(reversed(д)))
try:
    д[10]
except IndexError as e:
    print("IndexError:", e)
try:
    д.index(2)
except ValueError as e:
    print("ValueError:", e)
print(sum(д), max(д), sorted(д, reverse=True)[:3], list(zip(д, "абв")), [x for x in д if x % 2])


@total_ordering
class Версия:
    def __init__(self, текст):
        self.части = tuple(int(p) for p in текст.split("."))

    def __eq__(self, o):
        return isinstance(o, Версия) and self._норм() == o._норм()

    def __lt__(self, o):
        if not isinstance(o, Версия):
            return NotImplemented
        return self._норм() < o._норм()

    def _норм(self):
        ч = list(self.части)
        while ч and ч[-1] == 0:
            ч.pop()
        return tuple(ч)

    def __hash__(self):
        return hash(self._норм())

    def __repr__(self):
        return "v" + ".".join(map(str, self.части))


вс = [Версия(s) for s in ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.10.1"]]
print(sorted(вс), max(вс), Версия("1.2") == Версия("1.2.0.0"), len(set(вс)), Версия("1.2") >= Версия("1.1.9"))
print(sorted(set(вс), key=lambda v: v.части), Версия("3") > Версия("2.99"), Версия("1") != Версия("1.0"))
try:
    Версия("1") < "2"
except TypeError as e:
    print("TypeError:", e)
