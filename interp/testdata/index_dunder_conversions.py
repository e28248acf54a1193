# Objects whose class defines __index__, __float__ or __bytes__ in the
# conversions CPython makes through them: sequence repeats on either
# side of *, float(), round()'s ndigits, %f, bytes().
class Счёт:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Умножитель(Счёт):
    def __rmul__(self, other):
        return "свой __rmul__"


class Сообщение:
    def __init__(self, текст):
        self.текст = текст

    def __bytes__(self):
        return self.текст.encode("utf-8")

    def __float__(self):
        return float(len(self.текст))


class Плохое:
    def __bytes__(self):
        return "не байты"


два = Счёт(2)
print("ой" * два, два * "ля", [0] * два, два * (1, "а"), b"ab" * два, "x" * Умножитель(3))
print(float(два), round(3.14159, два), round(1234, Счёт(-2)), "%.2f|%5.1e|%g" % (два, Сообщение("абв"), два))
print(bytes(Сообщение("Привет")), bytes(два), bytes(Сообщение("")), float(Сообщение("йцук")))
for f in [lambda: bytes(Плохое()), lambda: "%f" % "1.5", lambda: "%f" % object.__new__(Плохое),
          lambda: "ab" * Сообщение("x"), lambda: round(2.5, 1.0), lambda: bytes(Сообщение("a"), "utf-8"),
          lambda: "ab" * Счёт(-1), lambda: float(Плохое())]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
