# Неизменяемые подклассы int/str/tuple/float через __new__
class Рубли(int):
    def __new__(cls, значение, копейки=0):
        obj = super().__new__(cls, значение * 100 + копейки)
        return obj

    def __repr__(self):
        return f"Рубли({self // 100}, {self % 100})"

    def __str__(self):
        return f"{int(self) // 100}.{int(self) % 100:02d} ₽"

    def __add__(self, other):
        if isinstance(other, Рубли):
            return Рубли(0, int(self) + int(other))
        return NotImplemented


a, b = Рубли(10, 50), Рубли(3, 75)
print(a, b, repr(a + b), a + 5, type(a + 5).__name__, a * 2, type(-a).__name__, a > b, int(a), abs(b))
print(sorted([a, b, Рубли(1)]), sum([a, b], Рубли(0)), f"{a:>10}", f"{a:d}", hash(a) == hash(1050))


class Тег(str):
    def __new__(cls, текст):
        return super().__new__(cls, текст.strip().lower())

    @property
    def хештег(self):
        return "#" + self

    def __eq__(self, other):
        return str.__eq__(self, other.lower() if isinstance(other, str) else other)

    __hash__ = str.__hash__


t = Тег("  Python  ")
print(repr(t), t, t.хештег, t.upper(), type(t.upper()).__name__, t == "PYTHON", t + "!", type(t + "!").__name__)
print(t in {"python": 1}, {"python": 1}[t], {t: 1}[Тег("PYTHON ")], len(t), t[0], t[::-1], type(t[1:]).__name__, "-".join([t, Тег("GO")]))


class Вектор(tuple):
    def __new__(cls, *координаты):
        return super().__new__(cls, координаты)

    def __add__(self, other):
        return Вектор(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Вектор(*(a * k for a in self))

    __rmul__ = __mul__

    def __repr__(self):
        return "Вектор" + super().__repr__()

    @property
    def длина(self):
        return sum(a * a for a in self) ** 0.5


v = Вектор(3, 4)
print(v, v + Вектор(1, 1), v * 2, 2 * v, v.длина, len(v), v[0], v == (3, 4), isinstance(v, tuple))
print(tuple(v), list(v), v[1:], type(v[1:]).__name__, v.count(3), v.index(4), hash(v) == hash((3, 4)))
x, y = v
print(x, y, sorted([Вектор(2, 1), Вектор(1, 5)]), max(Вектор(1, 2), Вектор(1, 3)))
try:
    v[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)


class Процент(float):
    def __new__(cls, значение):
        if not 0 <= значение <= 100:
            raise ValueError(f"процент вне диапазона: {значение}")
        return super().__new__(cls, значение)

    def __str__(self):
        return f"{float(self):.1f}%"

    def доля(self):
        return self / 100


п = Процент(12.5)
print(п, repr(п), п.доля(), п + 1, type(п + 1).__name__, round(п), f"{п:.3f}", п.is_integer(), п.as_integer_ratio())
try:
    Процент(150)
except ValueError as e:
    print("ValueError:", e)


class Флаг(int):
    def __bool__(self):
        return self > 10


print(bool(Флаг(5)), bool(Флаг(50)), "да" if Флаг(3) else "нет", not Флаг(20), Флаг(5) and "x", int(Флаг(7)) or 0)
