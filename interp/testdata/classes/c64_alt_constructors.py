# Альтернативные конструкторы classmethod из русских строк, staticmethod, свойства с проверкой и удалением
import re


class Money:
    UNITS = {"руб": 100, "коп": 1}
    _pattern = re.compile(r"(\d+)\s*(руб|коп)\w*\.?")

    def __init__(self, kopecks=0):
        self._kopecks = kopecks

    @classmethod
    def parse(cls, text):
        total = 0
        found = False
        for amount, unit in cls._pattern.findall(text.lower()):
            total += int(amount) * cls.UNITS[unit]
            found = True
        if not found:
            raise ValueError(f"не могу разобрать сумму: {text!r}")
        return cls(total)

    @classmethod
    def from_rubles(cls, rubles):
        return cls(round(rubles * 100))

    @staticmethod
    def plural(n, forms):
        n = abs(n) % 100
        if 11 <= n <= 19:
            return forms[2]
        n %= 10
        if n == 1:
            return forms[0]
        if 2 <= n <= 4:
            return forms[1]
        return forms[2]

    @property
    def rubles(self):
        return self._kopecks // 100

    @rubles.setter
    def rubles(self, value):
        if value < 0:
            raise ValueError("рубли не могут быть отрицательными")
        self._kopecks = value * 100 + self._kopecks % 100

    @rubles.deleter
    def rubles(self):
        raise AttributeError("нельзя удалить рубли")

    @property
    def kopecks(self):
        return self._kopecks % 100

    def __str__(self):
        r, k = self.rubles, self.kopecks
        return (f"{r} {self.plural(r, ('рубль', 'рубля', 'рублей'))} "
                f"{k:02d} {self.plural(k, ('копейка', 'копейки', 'копеек'))}")

    def __repr__(self):
        return f"{type(self).__name__}({self._kopecks})"


class Salary(Money):
    pass


for text in ["3 руб. 50 коп.", "21 рубль", "112 рублей 1 копейка", "5 коп", "Два рубля"]:
    try:
        m = Money.parse(text)
        print(f"{text!r:>24} -> {m!r:<12} {m}")
    except ValueError as e:
        print("ValueError:", e)

s = Salary.parse("1000 руб")
print(type(s).__name__, repr(s), Salary.from_rubles(12.345), Money.from_rubles(0.1 + 0.2))
print(Money.plural(22, "абв"), Salary.plural(14, "абв"), Money().plural(101, "абв"))

m = Money(1234)
m.rubles = 99
print(m, m.rubles, m.kopecks)
for action, label in [(lambda: setattr(m, "rubles", -1), "set -1"), (lambda: delattr(m, "rubles"), "del"),
                      (lambda: setattr(m, "kopecks", 5), "set kopecks"), (lambda: delattr(m, "kopecks"), "del kopecks")]:
    try:
        action()
    except (ValueError, AttributeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

print(type(Money.__dict__["parse"]).__name__, type(Money.__dict__["plural"]).__name__, type(Money.__dict__["rubles"]).__name__)
print(Money.parse.__self__ is Money, Salary.parse.__self__ is Salary, Money.plural.__name__)
print(Money.rubles.fget.__name__, Money.kopecks.fset, Money.rubles.__doc__)

for n in (0, 1, 2, 5, 11, 21, 104, 111):
    print(n, Money.plural(n, ("товар", "товара", "товаров")), end="; ")
print()


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    celsius = property(lambda self: self._c, doc="градусы Цельсия")

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"ниже абсолютного нуля: {value}")
        self._c = value

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)


t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
try:
    Temperature(-300)
except ValueError as e:
    print("ValueError:", e)
