import numbers
from types import SimpleNamespace
from fractions import Fraction
from decimal import Decimal


class Деньги:
    def __init__(self, сумма, валюта="руб."):
        self.сумма = Fraction(сумма)
        self.валюта = валюта

    def __add__(self, other):
        if isinstance(other, Деньги):
            if other.валюта != self.валюта:
                raise ValueError(f"разные валюты: {self.валюта} и {other.валюта}")
            return Деньги(self.сумма + other.сумма, self.валюта)
        if isinstance(other, numbers.Rational):
            return Деньги(self.сумма + other, self.валюта)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        if isinstance(k, numbers.Real) and not isinstance(k, bool):
            return Деньги(self.сумма * Fraction(k), self.валюта)
        return NotImplemented

    __rmul__ = __mul__

    def __repr__(self):
        return f"Деньги({float(self.сумма):.2f} {self.валюта})"


a = Деньги(10)
b = Деньги("2.5")
print(a + b, b + a, a + 1, 1 + a, sum([a, b, b], Деньги(0)))
print(a * 3, 2 * b, a * 0.5)
for bad in ["x", True, None, [1]]:
    try:
        print(a * bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    a + Деньги(1, "$")
except ValueError as e:
    print("ValueError:", e)

for v in [1, 1.5, Fraction(1, 3), Decimal("1.1"), True, "1"]:
    print(
        repr(v).ljust(18),
        isinstance(v, numbers.Number),
        isinstance(v, numbers.Complex),
        isinstance(v, numbers.Real),
        isinstance(v, numbers.Rational),
        isinstance(v, numbers.Integral),
    )

ns = SimpleNamespace(имя="Анна", возраст=30)
print(ns)
ns.город = "Казань"
print(ns.имя, ns.город, vars(ns))
del ns.возраст
print(ns, hasattr(ns, "возраст"))
print(ns == SimpleNamespace(имя="Анна", город="Казань"))
print(ns == SimpleNamespace(город="Казань", имя="Анна"))
print(getattr(ns, "страна", "Россия"))
try:
    ns.страна
except AttributeError as e:
    print("AttributeError:", e)

config = SimpleNamespace(**{"debug": False, "уровень": 3})
config.__dict__.update(уровень=5, язык="ru")
print(config)
nested = SimpleNamespace(a=SimpleNamespace(b=[1, "два"]))
print(repr(nested))


class Конфиг(SimpleNamespace):
    def показать(self):
        for k, v in sorted(vars(self).items()):
            print(f"  {k:<8}= {v!r}")


c = Конфиг(порт=8080, хост="localhost")
c.показать()
print(type(c).__name__, isinstance(c, SimpleNamespace))
print(c)
