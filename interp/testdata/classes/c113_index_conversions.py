import operator


class Номер:
    """Номер страницы, пригодный как индекс."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return f"Номер({self.n})"


class Температура:
    def __init__(self, градусы):
        self.градусы = градусы

    def __int__(self):
        return int(self.градусы)

    def __float__(self):
        return float(self.градусы)

    def __bytes__(self):
        return f"{self.градусы}°C".encode("utf-8")

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.градусы * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("K"):
            return format(self.градусы + 273.15, spec[:-1] + "f") + " K"
        return format(self.градусы, spec) + "°C"

    def __str__(self):
        return f"{self.градусы} градусов"


три, пять = Номер(3), Номер(5)
буквы = list("абвгдеёжзий")
print("".join(буквы)[три], буквы[три:пять], буквы[::Номер(4)], "привет"[Номер(-1)])
print(list(range(три, Номер(12), три)), bin(пять), oct(Номер(64)), hex(Номер(255)))
print(operator.index(три), "ab" * три, [0] * Номер(2), int(пять), float(три))
print(slice(три, пять).indices(10), (1, 2, 3, 4, 5, 6)[Номер(1):Номер(-1)])
print(round(7.123456, Номер(2)), "%d|%x|%o" % (пять, Номер(255), Номер(8)))
print(chr(Номер(1046)), f"{Номер(10)!r:>10}")
буквы[Номер(0):Номер(1)] = ["Я"]
del буквы[Номер(1):Номер(4)]
print("".join(буквы))

t = Температура(36.6)
print(int(t), float(t), bytes(t), bytes(t).decode())
print(f"{t}|{t:.1f}|{t:.2F}|{t:>10.1K}|{t!s}|{t!r:.10}")
print("{:.0F} и {:06.2f}".format(t, t), format(t, ""), str(t))
print(int(Температура(-7.9)), round(float(Температура(2.675)), 2))
for плохое in [lambda: буквы[Температура(1):], lambda: range(Температура(3)),
               lambda: bin(Температура(2)), lambda: "ab" * Температура(2),
               lambda: int(Номер(4)), lambda: float(Номер(1)),
               lambda: bytes(Номер(3)), lambda: operator.index(2.5),
               lambda: буквы["1"], lambda: f"{Номер(1):>5}"]:
    try:
        print("  ок:", плохое())
    except TypeError as e:
        print("  TypeError:", e)


class Плохой:
    def __index__(self):
        return "3"

    def __int__(self):
        return 3.5


for f in (lambda: "абвг"[Плохой()], lambda: int(Плохой()), lambda: hex(Плохой())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
