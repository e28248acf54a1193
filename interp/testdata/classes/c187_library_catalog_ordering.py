# Каталог библиотеки: total_ordering, __hash__/__eq__, __format__, __missing__.
from functools import total_ordering
from collections import defaultdict


@total_ordering
class Книга:
    def __init__(self, автор, название, год):
        self.автор = автор
        self.название = название
        self.год = год

    def _ключ(self):
        return (self.автор.lower(), self.год, self.название)

    def __eq__(self, other):
        if not isinstance(other, Книга):
            return NotImplemented
        return self._ключ() == other._ключ()

    def __lt__(self, other):
        if not isinstance(other, Книга):
            return NotImplemented
        return self._ключ() < other._ключ()

    def __hash__(self):
        return hash(self._ключ())

    def __repr__(self):
        return f"Книга({self.автор!r}, {self.название!r}, {self.год})"

    def __format__(self, spec):
        if spec == "кратко":
            return f"{self.автор.split()[-1]}, {self.год}"
        if spec.endswith("в"):
            width = int(spec[:-1] or 0)
            return f"«{self.название}»".center(width, "·")
        return format(str(self), spec)

    def __str__(self):
        return f"{self.автор} — «{self.название}» ({self.год})"


class Полки(dict):
    def __missing__(self, key):
        полка = self[key] = []
        return полка


книги = [
    Книга("Лев Толстой", "Война и мир", 1869),
    Книга("Фёдор Достоевский", "Идиот", 1869),
    Книга("лев толстой", "Анна Каренина", 1877),
    Книга("Антон Чехов", "Чайка", 1896),
    Книга("Лев Толстой", "Война и мир", 1869),
]
print(len(set(книги)), sorted(set(книги))[0])
print(книги[0] == книги[4], книги[0] is книги[4], книги[0] <= книги[2], книги[3] > книги[1])
print(max(книги), min(книги, key=lambda k: k.год), sep="\n")
for к in sorted(set(книги)):
    print(f"{format(к, 'кратко'):>20}|{к:24в}|")
полки = Полки()
for к in книги:
    полки[к.автор.split()[0].capitalize()].append(к.название)
print(dict(полки))
print("Лев" in полки, полки.get("Иван"), "Иван" in полки, полки["Иван"], "Иван" in полки)
try:
    книги[0] < "Война"
except TypeError as e:
    print("TypeError:", e)
print(книги[0] == "Война", книги[0] != 5, NotImplemented.__class__.__name__)
счёт = defaultdict(int)
for к in книги:
    счёт[к] += 1
print(sorted((f"{к:кратко}", n) for к, n in счёт.items()))
print(f"{книги[3]!s:.12}|{книги[3]!r:.10}|{книги[3]:>45}|")
