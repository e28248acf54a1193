# Наследование от str и int через __new__: нормализованные имена, деньги в копейках
class Name(str):
    def __new__(cls, value):
        cleaned = " ".join(value.split()).title()
        if not cleaned:
            raise ValueError("пустое имя")
        return super().__new__(cls, cleaned)

    @property
    def initials(self):
        return "".join(part[0] + "." for part in self.split())

    def __repr__(self):
        return f"Name({str.__repr__(self)})"


n = Name("  иванов   пётр  сергеевич ")
print(n, repr(n), len(n))
print(n.initials, n.upper(), type(n.upper()).__name__)
print(isinstance(n, str), n.startswith("Иван"))
print(f"[{n:>30}]")
print(f"[{n:^30}]")
try:
    Name("   ")
except ValueError as e:
    print("ошибка:", e)
names = sorted([Name("яков"), Name("анна"), Name("ёлка"), Name("борис")])
print(names)
print(" | ".join(names))


class Money(int):
    def __new__(cls, rubles=0, kopecks=0):
        return super().__new__(cls, rubles * 100 + kopecks)

    def __str__(self):
        sign = "-" if int(self) < 0 else ""
        r, k = divmod(abs(int(self)), 100)
        return f"{sign}{r:,} руб. {k:02d} коп.".replace(",", " ")

    def __repr__(self):
        return f"Money({int(self)})"

    def __add__(self, other):
        return Money(0, int(self) + int(other))

    __radd__ = __add__

    def __sub__(self, other):
        return Money(0, int(self) - int(other))

    def __mul__(self, k):
        return Money(0, round(int(self) * k))


a = Money(1500, 50)
b = Money(0, 275)
print(a, "|", b, "|", repr(a + b))
print(a - b, a * 3, b * 0.5)
print(sum([a, b, Money(10)]), type(sum([a, b])).__name__)
print(Money(-3, -5), a > b, int(a), int(a) == 150050)
print(sorted([a, b, Money(7)]))
print(f"{a:>10d}|{int(b):x}")
print(hash(a) == hash(150050), {a: "ключ"}[a])


class Code(str):
    def __new__(cls, prefix, number):
        obj = super().__new__(cls, f"{prefix}-{number:04d}")
        obj.prefix = prefix
        obj.number = number
        return obj

    def next(self):
        return Code(self.prefix, self.number + 1)


c = Code("ЗК", 7)
print(c, c.prefix, c.number, c.next(), c.next().next().lower())
print([str(Code("АБ", i)) for i in range(3)])
