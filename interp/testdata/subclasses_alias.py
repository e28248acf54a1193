# type.__subclasses__() lists a user class's direct subclasses, oldest
# first; a GenericAlias prints an Ellipsis argument as "...".
class Фигура:
    pass


class Круг(Фигура):
    pass


class Квадрат(Фигура):
    pass


class Ромб(Квадрат, Фигура):
    pass


Треугольник = type("Треугольник", (Фигура,), {})
print(Фигура.__subclasses__())
print(Квадрат.__subclasses__(), Круг.__subclasses__(), [c.__name__ for c in Ромб.__mro__])


def walk(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        walk(sub, depth + 1)


walk(Фигура)
try:
    Фигура.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
print(tuple[int, ...], dict[str, tuple[float, ...]], list[None])
