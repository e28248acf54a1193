# Банковские счета: __slots__, свойства с проверкой, __repr__/__str__ по-русски
class ОшибкаСчёта(Exception):
    pass


class НедостаточноСредств(ОшибкаСчёта):
    def __init__(self, нужно, есть):
        super().__init__(f"нужно {нужно:.2f}, есть {есть:.2f}")
        self.нужно = нужно
        self.есть = есть


class Счёт:
    __slots__ = ("_владелец", "_баланс", "история")
    комиссия = 0.01

    def __init__(self, владелец, баланс=0):
        self.владелец = владелец
        self._баланс = 0
        self.история = []
        if баланс:
            self.внести(баланс)

    @property
    def владелец(self):
        return self._владелец

    @владелец.setter
    def владелец(self, имя):
        if not isinstance(имя, str) or not имя.strip():
            raise ValueError("имя владельца не может быть пустым")
        self._владелец = имя.strip().title()

    @property
    def баланс(self):
        return self._баланс

    def внести(self, сумма):
        if сумма <= 0:
            raise ValueError(f"сумма должна быть положительной: {сумма!r}")
        self._баланс += сумма
        self.история.append(("+", сумма))
        return self

    def снять(self, сумма):
        итого = сумма * (1 + self.комиссия)
        if итого > self._баланс:
            raise НедостаточноСредств(итого, self._баланс)
        self._баланс -= итого
        self.история.append(("-", итого))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.владелец!r}, баланс={self._баланс:.2f})"

    def __str__(self):
        return f"Счёт «{self.владелец}»: {self._баланс:,.2f} ₽".replace(",", " ")


class Сберегательный(Счёт):
    __slots__ = ("ставка",)
    комиссия = 0.02

    def __init__(self, владелец, баланс=0, ставка=0.05):
        super().__init__(владелец, баланс)
        self.ставка = ставка

    def начислить(self):
        return self.внести(round(self.баланс * self.ставка, 2))


с = Счёт("  иван петров ", 1000)
print(repr(с), с, sep=" | ")
с.внести(250.5).снять(100)
print(с, с.история)
try:
    с.снять(10_000)
except НедостаточноСредств as e:
    print(type(e).__name__, e, e.args, vars(e))
except ОшибкаСчёта:
    print("не должно быть")
for плохое in ("", "   ", 42):
    try:
        Счёт(плохое)
    except ValueError as e:
        print("ValueError:", e)
try:
    с.внести(-5)
except ValueError as e:
    print(e)
try:
    с.новое_поле = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    с.баланс = 5
except AttributeError as e:
    print("AttributeError:", e)
s = Сберегательный("мария", 2000, ставка=0.1)
s.начислить().снять(500)
print(repr(s), s.комиссия, Счёт.комиссия, s.ставка)
print(hasattr(s, "__dict__"), Сберегательный.__slots__, Счёт.__slots__)
print(sorted([s, с], key=lambda a: a.баланс))
print(isinstance(s, Счёт), issubclass(НедостаточноСредств, ОшибкаСчёта), Сберегательный.__mro__[1].__name__)
print(Счёт.баланс.__doc__, type(Счёт.баланс).__name__, Счёт.владелец.fset.__name__)
