# singledispatch picks the implementation registered for the first class
# of the argument's MRO; register takes a class (as a decorator or with
# the function) or a function whose first parameter is annotated;
# singledispatchmethod dispatches on the argument after self;
# partialmethod binds the instance first.
from functools import singledispatch, singledispatchmethod, partialmethod


@singledispatch
def показать(x):
    """Общий случай."""
    return f"объект {x!r}"


@показать.register(int)
def _(x):
    return f"целое {x}"


def _list(x):
    return "список: " + ", ".join(показать(v) for v in x)


показать.register(list, _list)


class Мой(int):
    pass


def _str(x):
    return f"строка «{x}»"


_str.__annotations__ = {"x": "str"}
print(показать.register(_str) is _str)
for v in (1, Мой(5), "ёж", [2, "а", None], 2.5, None):
    print(показать(v))
print(показать.__name__, показать.__doc__, показать.dispatch(Мой) is показать.dispatch(int), показать.dispatch(bool)(3))
print([c.__name__ for c in показать.registry], показать.registry[object] is показать.__wrapped__)
try:
    показать()
except TypeError as e:
    print("TypeError:", e)
try:
    показать.register("int")
except TypeError as e:
    print("TypeError:", e)


class Формат:
    @singledispatchmethod
    def f(self, x):
        return f"? {x}"

    @f.register(float)
    def _(self, x):
        return f"{x:.1f} ({self.unit})"

    def __init__(self, unit):
        self.unit = unit

    def set_unit(self, unit, suffix=""):
        self.unit = unit + suffix
        return self

    to_metres = partialmethod(set_unit, "м")
    to_km = partialmethod(set_unit, "к", suffix="м")


ф = Формат("см")
print(ф.f(2.25), ф.f("x"), ф.to_metres().f(1.0), ф.to_km().unit)
