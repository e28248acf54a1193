from collections.abc import MutableMapping, Sequence, MutableSet, Mapping, Set


class Реестр(MutableMapping):
    """Реестр документов: номер -> название. Методы update/pop/setdefault
    и прочие достаются от MutableMapping бесплатно."""

    def __init__(self, *args, **kwargs):
        self._д = {}
        self.update(*args, **kwargs)

    def __getitem__(self, номер):
        return self._д[str(номер).upper()]

    def __setitem__(self, номер, название):
        print(f"  запись {номер!r}")
        self._д[str(номер).upper()] = название

    def __delitem__(self, номер):
        del self._д[str(номер).upper()]

    def __iter__(self):
        return iter(sorted(self._д))

    def __len__(self):
        return len(self._д)

    def __repr__(self):
        return f"Реестр({dict(self.items())})"


р = Реестр({"а-1": "Приказ"}, б2="Справка")
р.update([("в-3", "Договор")])
print(р, len(р), "А-1" in р, "а-1" in р, р.get("г-4", "нет"), р.get("в-3"))
print(list(р.keys()), list(р.values()), р.pop("Б2"), р.pop("ж", "—"), р.setdefault("д-5", "Акт"))
print(р.popitem(), р, р == {"В-3": "Договор", "Д-5": "Акт"}, isinstance(р, Mapping))
try:
    р.pop("нет")
except KeyError as e:
    print("KeyError:", e)
р.clear()
print(р, bool(р))


class Диапазон(Sequence):
    def __init__(self, начало, конец):
        self.н, self.к = начало, конец

    def __len__(self):
        return max(0, self.к - self.н)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("индекс вне диапазона")
        return chr(self.н + i)


д = Диапазон(ord("а"), ord("ж"))
print(list(д), д[1:4], д[-1], "г" in д, "я" in д, д.index("д"), д.count("а"), list(reversed(д)))
try:
    д.index("я")
except ValueError as e:
    print("ValueError:", e)


class Теги(MutableSet):
    def __init__(self, теги=()):
        self._т = []
        for т in теги:
            self.add(т)

    def __contains__(self, т):
        return т.lower() in self._т

    def __iter__(self):
        return iter(self._т)

    def __len__(self):
        return len(self._т)

    def add(self, т):
        if т not in self:
            self._т.append(т.lower())

    def discard(self, т):
        if т in self:
            self._т.remove(т.lower())

    def __repr__(self):
        return f"Теги({self._т})"


т1, т2 = Теги(["Python", "Го", "Ява"]), Теги(["го", "Раст"])
print(т1 & т2, т1 | т2, т1 - т2, т1 ^ т2, т1 <= т2, Теги(["го"]) < т1, т1.isdisjoint(т2))
т1 -= Теги(["ява"])
т1 |= ["си"]
print(т1, т1 == Теги(["си", "го", "python"]), isinstance(т1, Set), т1.pop(), т1)
т1.remove("го")
try:
    т1.remove("го")
except KeyError as e:
    print("KeyError:", e)
for cls in (Реестр, Диапазон, Теги):
    print(cls.__name__, sorted(getattr(cls, "__abstractmethods__")), [b.__name__ for b in cls.__mro__[1:3]])
