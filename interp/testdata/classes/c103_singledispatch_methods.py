from functools import singledispatchmethod, singledispatch
from fractions import Fraction
from dataclasses import dataclass


@dataclass
class Товар:
    название: str
    цена: int


class Форматтер:
    def __init__(self, валюта="₽"):
        self.валюта = валюта

    @singledispatchmethod
    def показать(self, obj):
        return f"<{type(obj).__name__}>"

    @показать.register(int)
    def _(self, obj):
        return f"целое {obj:,}".replace(",", " ")

    @показать.register(float)
    def _(self, obj):
        return f"дробное {obj:.2f}"

    @показать.register(str)
    def _(self, obj):
        return f"строка «{obj}»"

    @показать.register(list)
    def _(self, obj):
        return "[" + "; ".join(self.показать(x) for x in obj) + "]"

    @показать.register(Товар)
    def _(self, obj):
        return f"{obj.название}: {obj.цена} {self.валюта}"

    @показать.register(bool)
    def _(self, obj):
        return "да" if obj else "нет"


ф = Форматтер()
for x in [1234567, 3.14159, "привет", [1, "два", 3.0], Товар("Чай", 250), True, None, Fraction(1, 2), (1,)]:
    print(ф.показать(x))
print(Форматтер("$").показать(Товар("Кофе", 3)), ф.показать(2.0))


@singledispatch
def размер(obj):
    raise NotImplementedError(f"размер для {type(obj).__name__}")


@размер.register(str)
def _(obj):
    return len(obj)


@размер.register(dict)
@размер.register(list)
def _(obj):
    return sum(размер(x) for x in obj)


@размер.register(int)
def _(obj):
    return 1


print(размер("ёлка"), размер(["аб", "в", 5]), размер({"ключ": 1, "я": 2}))
try:
    размер(2.5)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(размер.dispatch(bool).__name__, размер.dispatch(object).__name__)
print(sorted(k.__name__ for k in размер.registry))


class Base:
    pass


class Child(Base):
    pass


@singledispatch
def who(x):
    return "object"


@who.register(Base)
def _(x):
    return "Base"


print(who(Child()), who(Base()), who(1))
