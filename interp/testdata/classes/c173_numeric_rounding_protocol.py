# Числовые протоколы: __index__, __int__, __float__, __round__, __trunc__, __floor__, __ceil__, __abs__, __complex__
import math
import operator


class Десятичная:
    """Число с фиксированной точкой: хранит целое количество сотых."""

    def __init__(self, сотые):
        self.сотые = сотые

    @classmethod
    def из_строки(cls, s):
        целое, _, дробь = s.partition(".")
        знак = -1 if целое.startswith("-") else 1
        return cls(int(целое) * 100 + знак * int((дробь + "00")[:2]))

    def __repr__(self):
        знак = "-" if self.сотые < 0 else ""
        return f"{знак}{abs(self.сотые) // 100}.{abs(self.сотые) % 100:02d}"

    def __float__(self):
        return self.сотые / 100

    def __int__(self):
        return int(self.сотые / 100)

    def __trunc__(self):
        return int(self)

    def __floor__(self):
        return self.сотые // 100

    def __ceil__(self):
        return -(-self.сотые // 100)

    def __round__(self, n=None):
        if n is None:
            return round(self.сотые / 100)
        return Десятичная(round(self.сотые, n - 2))

    def __abs__(self):
        return Десятичная(abs(self.сотые))

    def __neg__(self):
        return Десятичная(-self.сотые)

    def __complex__(self):
        return complex(float(self), 0)


for s in ["3.75", "-3.75", "2.50", "-0.49"]:
    d = Десятичная.из_строки(s)
    print(s, d, float(d), int(d), math.trunc(d), math.floor(d), math.ceil(d), round(d), round(d, 1), abs(d), -d, complex(d))
print(math.isclose(float(Десятичная(333)), 3.33), math.sqrt(Десятичная(400)), math.floor(Десятичная(-1)), f"{float(Десятичная(12345)):,.1f}")


class Позиция:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


p = Позиция(2)
буквы = list("абвгдеж")
print(буквы[p], буквы[p:Позиция(5)], "xyz"[Позиция(-1)], bin(p), hex(Позиция(255)), oct(p), operator.index(p), range(10)[p], range(p, 8, Позиция(3)))
print(int(p), float(p) if False else "-", [0] * Позиция(3), "ab" * p, (1, 2, 3)[Позиция(1):], bytes(Позиция(2)), list(range(Позиция(4))))
print(math.comb(Позиция(5), 2), pow(2, int(Позиция(10))), round(7.56789, Позиция(2)), format(Позиция(7), "b") if hasattr(Позиция, "__format__") and False else "-")
try:
    буквы[Позиция("1")]
except TypeError as e:
    print("TypeError:", e)
try:
    float(p)
except TypeError as e:
    print("TypeError:", e)


class Плохой:
    def __index__(self):
        return 1.5

    def __int__(self):
        return "x"


try:
    [1, 2][Плохой()]
except TypeError as e:
    print("TypeError:", e)
try:
    int(Плохой())
except TypeError as e:
    print("TypeError:", e)
try:
    math.floor(object())
except TypeError as e:
    print("TypeError:", e)
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5), round(-2.5), round(1.25, 1), round(1234, -2), round(1250, -2), math.trunc(-7.9), math.floor(-7.1), math.ceil(-7.9))
print(int(True), int(-3.99), int("  42 "), int("-0x1f", 16), int("0b101", 0), float(" -1.5e3 "), float("inf"), float("-nan"), int(7.0e15))
