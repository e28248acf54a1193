class Плейлист:
    """Список песен с поддержкой срезов и отрицательных индексов."""

    def __init__(self, название, песни=()):
        self.название = название
        self._песни = list(песни)

    def __len__(self):
        return len(self._песни)

    def _индекс(self, i):
        if not isinstance(i, int):
            raise TypeError(f"индекс плейлиста должен быть int, а не {type(i).__name__}")
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("индекс плейлиста вне диапазона")
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            print(f"  срез {key} -> indices {(start, stop, step)}")
            return Плейлист(f"{self.название}[{start}:{stop}:{step}]",
                            [self._песни[i] for i in range(start, stop, step)])
        return self._песни[self._индекс(key)]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self._песни[key] = value
        else:
            self._песни[self._индекс(key)] = value

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._песни[key]
        else:
            del self._песни[self._индекс(key)]

    def __reversed__(self):
        print("  __reversed__")
        for i in range(len(self) - 1, -1, -1):
            yield self._песни[i]

    def __contains__(self, песня):
        return any(п.casefold() == песня.casefold() for п in self._песни)

    def __repr__(self):
        return f"Плейлист({self.название!r}, {self._песни!r})"


п = Плейлист("Дорога", ["Кино — Звезда", "Сплин — Романс", "ДДТ — Осень",
                         "Аквариум — Город", "Земфира — Искала"])
print(п[0], "|", п[-1], "|", п[-5])
print(п[1:3])
print(п[::-2])
print(п[-100:100:2])
print(п[::])
print(list(reversed(п)))
print("ддт — осень" in п, "Ария" in п, len(п))
п[1] = "Сплин — Выхода нет"
п[-1:] = ["Земфира — Ариведерчи", "Би-2 — Полковник"]
del п[0]
print(п)
del п[::2]
print(п, list(п))
for bad in [lambda: п[10], lambda: п[-3], lambda: п["1"], lambda: п[1.5],
            lambda: п.__delitem__(5), lambda: slice(0, 10, 0).indices(3),
            lambda: п[::0]]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(slice(None, None, -1).indices(4), slice(-2, None).indices(4), slice(1, 2, 3))
s = slice(5, -1)
print(s.start, s.stop, s.step, s == slice(5, -1), repr(s))
print(list(iter(п)), [x for x in п])
print(sorted(Плейлист("а", ["в", "а", "б"]), reverse=True), max(п, key=len))
