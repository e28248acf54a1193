# format(obj, spec)/__format__, int()/__int__/__index__/__trunc__, round, divmod, __str__ не str
import math


class Деньги:
    def __init__(self, копейки):
        self.копейки = копейки

    def __format__(self, spec):
        if spec == "руб":
            return f"{self.копейки // 100} руб. {self.копейки % 100:02d} коп."
        if spec.endswith("р"):
            return format(self.копейки / 100, spec[:-1] + "f") + " ₽"
        return format(str(self), spec)

    def __str__(self):
        return f"{self.копейки / 100:.2f}"

    def __int__(self):
        return self.копейки // 100

    def __float__(self):
        return self.копейки / 100

    def __round__(self, n=None):
        рубли = self.копейки / 100
        return round(рубли) if n is None else Деньги(round(self.копейки, n - 2))

    def __divmod__(self, other):
        q, r = divmod(self.копейки, other)
        return Деньги(q), Деньги(r)

    def __trunc__(self):
        return self.копейки // 100

    def __repr__(self):
        return f"Деньги({self.копейки})"


д = Деньги(123456)
print(format(д, "руб"), f"{д:.1р}", f"{д:>12}|", f"{д}", str(д), f"{д!r}")
print(int(д), float(д), round(д), round(д, 1), math.trunc(д), divmod(д, 7))
try:
    д + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][д]
except TypeError as e:
    print("TypeError:", e)


class Индекс:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


i = Индекс(2)
print(int(i), [10, 20, 30][i], "абвг"[i], bin(i), hex(Индекс(255)), range(10)[Индекс(3):Индекс(6)])
print(math.floor(2.7), math.ceil(-2.1), round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-7, -2), 7 // -2, -7 % 3)
try:
    int(Деньги)
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "руб")
except ValueError as e:
    print("ValueError:", e)
try:
    format(object(), ">5")
except TypeError as e:
    print("TypeError:", e)


class Плохой:
    def __str__(self):
        return 42

    def __repr__(self):
        return "Плохой()"


try:
    print(Плохой())
except TypeError as e:
    print("TypeError:", e)
try:
    str(Плохой())
except TypeError as e:
    print("TypeError:", e)
print(repr(Плохой()), f"{Плохой()!r}")
try:
    f"{Плохой()}"
except TypeError as e:
    print("TypeError:", e)


class Длина:
    def __len__(self):
        return -1


try:
    len(Длина())
except ValueError as e:
    print("ValueError:", e)
print(format(1234567.891, ",.2f"), format(0.256, ".1%"), format(42, "08b"), format(-3.5, "+.1e"), format("ёж", "*^6"))
print(int("  ٣٤ "), int("1_000"), int("ff", 16), int("0o17", 0), float("  -1.5e3 "), int(True))
