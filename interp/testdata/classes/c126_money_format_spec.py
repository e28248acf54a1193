import math
from functools import total_ordering


@total_ordering
class Рубль:
    """Денежная сумма с форматированием по-русски."""

    __slots__ = ("_коп",)

    def __init__(self, рубли=0, копейки=0):
        self._коп = round(рубли * 100) + копейки

    @classmethod
    def из_строки(cls, текст):
        """Разбирает «1 234,56 ₽» или «12 руб. 5 коп.»."""
        текст = текст.replace("\u00a0", " ").strip()
        if "руб" in текст:
            части = текст.replace("коп.", "").replace("руб.", "|").split("|")
            return cls(int(части[0].replace(" ", "")), int(части[1].strip() or 0))
        текст = текст.rstrip("₽").replace(" ", "").replace(",", ".")
        try:
            return cls(float(текст))
        except ValueError:
            raise ValueError(f"не удалось разобрать сумму: {текст!r}") from None

    def __format__(self, spec):
        if not spec:
            return str(self)
        знак, стиль = "", spec[-1]
        if стиль == "р":
            целые, коп = divmod(abs(self._коп), 100)
            группы = f"{целые:,}".replace(",", " ")
            return f"{'-' if self._коп < 0 else ''}{группы},{коп:02d} ₽"
        if стиль == "с":
            целые, коп = divmod(abs(self._коп), 100)
            return f"{целые} {склонение(целые, 'рубль', 'рубля', 'рублей')} {коп:02d} коп."
        if стиль == "к":
            return format(self._коп, spec[:-1] + "d")
        return format(self._коп / 100, spec)

    def __str__(self):
        return format(self, "р")

    def __repr__(self):
        return f"Рубль({self._коп // 100}, {self._коп % 100})"

    def __eq__(self, other):
        return isinstance(other, Рубль) and self._коп == other._коп

    def __lt__(self, other):
        if not isinstance(other, Рубль):
            return NotImplemented
        return self._коп < other._коп

    def __hash__(self):
        return hash(self._коп)

    def __add__(self, other):
        if isinstance(other, Рубль):
            return Рубль(0, self._коп + other._коп)
        return NotImplemented

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Рубль(0, round(self._коп * k))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, n):
        доля, остаток = divmod(self._коп, n)
        return [Рубль(0, доля + (1 if i < остаток else 0)) for i in range(n)]

    def __neg__(self):
        return Рубль(0, -self._коп)

    def __abs__(self):
        return Рубль(0, abs(self._коп))

    def __bool__(self):
        return self._коп != 0

    def __round__(self, n=0):
        шаг = 10 ** (2 - n)
        return Рубль(0, round(self._коп / шаг) * шаг)

    def __floor__(self):
        return self._коп // 100

    def __ceil__(self):
        return -(-self._коп // 100)

    def __int__(self):
        return self._коп // 100

    def __float__(self):
        return self._коп / 100


def склонение(n, одна, две, пять):
    n = abs(n) % 100
    if 11 <= n <= 19:
        return пять
    return {1: одна, 2: две, 3: две, 4: две}.get(n % 10, пять)


цены = [Рубль.из_строки(s) for s in ["1 234,56 ₽", "12 руб. 5 коп.", "0,99", "21\u00a0000 ₽", "3 руб. коп."]]
print(цены)
for ц in цены:
    print(f"|{ц}|{ц:с}|{ц:>12.2f}|{ц:_к}|{ц:010.1f}|")
итого = sum(цены)
print(f"Итого: {итого} ({итого:с})", repr(-итого), abs(-итого) == итого, bool(Рубль()), bool(итого))
print(round(Рубль(10, 49)), round(Рубль(10, 50)), round(Рубль(10, 55), 1), math.floor(Рубль(7, 99)), math.ceil(Рубль(7, 1)))
print(int(Рубль(5, 75)), float(Рубль(5, 75)), Рубль(100) / 3, Рубль(1, 50) * 3, 2 * Рубль(0, 5))
print(sorted(цены)[0], max(цены), Рубль(1) >= Рубль(0, 100), len({Рубль(1), Рубль(0, 100)}))
for n in [1, 2, 5, 11, 21, 104, 112]:
    print(f"{Рубль(n):с}", end="; ")
print()
for плохо in ["сто рублей", "12,3,4"]:
    try:
        Рубль.из_строки(плохо)
    except ValueError as e:
        print("ValueError:", e, e.__context__, e.__suppress_context__)
try:
    Рубль(1) + 5
except TypeError as e:
    print("TypeError:", e)
print(Рубль.из_строки.__doc__, Рубль.__format__.__qualname__)
