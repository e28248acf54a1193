from functools import total_ordering


class Деньги:
    """Сумма в рублях (хранится в копейках)."""

    def __init__(self, копейки):
        self.копейки = int(копейки)

    def __repr__(self):
        return f"{type(self).__name__}({self.копейки})"

    def __eq__(self, other):
        print(f"  {type(self).__name__}.__eq__({type(other).__name__})")
        if isinstance(other, Деньги):
            return self.копейки == other.копейки
        return NotImplemented

    def __lt__(self, other):
        print(f"  {type(self).__name__}.__lt__({type(other).__name__})")
        if isinstance(other, Деньги):
            return self.копейки < other.копейки
        return NotImplemented

    def __add__(self, other):
        print(f"  {type(self).__name__}.__add__")
        if isinstance(other, Деньги):
            return type(self)(self.копейки + other.копейки)
        return NotImplemented

    def __radd__(self, other):
        print(f"  {type(self).__name__}.__radd__")
        if other == 0:
            return self
        return NotImplemented

    __hash__ = None


class Рубли(Деньги):
    def __eq__(self, other):
        print("  Рубли.__eq__ (подкласс)")
        return super().__eq__(other)

    def __gt__(self, other):
        print("  Рубли.__gt__ (подкласс)")
        return isinstance(other, Деньги) and self.копейки > other.копейки

    def __radd__(self, other):
        print("  Рубли.__radd__ (подкласс)")
        if isinstance(other, Деньги):
            return Рубли(self.копейки + other.копейки)
        return super().__radd__(other)


д, р = Деньги(100), Рубли(100)
print("д == р:", д == р)
print("р == д:", р == д)
print("д < р:", д < р)
print("д + р:", д + р)
print("р + д:", р + д)
print("sum:", sum([Рубли(1), Рубли(2)]))
print("д != р:", д != р)
print("д == 5:", д == 5)
print("5 == д:", 5 == д)
for expr in ["д < 5", "5 > д", "д + 1", "'x' + д", "д <= р", "д >= д"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
try:
    {д}
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Оценка:
    def __init__(self, балл):
        self.балл = балл

    def __eq__(self, other):
        return isinstance(other, Оценка) and self.балл == other.балл

    def __lt__(self, other):
        if not isinstance(other, Оценка):
            return NotImplemented
        return self.балл < other.балл

    def __repr__(self):
        return f"Оценка({self.балл})"


оценки = [Оценка(4), Оценка(2), Оценка(5)]
print(sorted(оценки), max(оценки), Оценка(3) >= Оценка(3), Оценка(5) > Оценка(4), Оценка(2) <= Оценка(1))
try:
    Оценка(3) > 2
except TypeError as e:
    print("TypeError:", e)
print(Оценка(3) == 3, Оценка(3) != 3, Оценка.__hash__)
