class Точка:
    """Точка на плоскости с фиксированным набором атрибутов."""
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Точка({self.x}, {self.y})"


class ЦветнаяТочка(Точка):
    __slots__ = ("цвет",)

    def __init__(self, x, y, цвет="чёрный"):
        super().__init__(x, y)
        self.цвет = цвет


class Гибкая(Точка):
    pass


class СоСловарём:
    __slots__ = ("a", "__dict__")


class Константа:
    __slots__ = ("_значение",)

    def __init__(self, значение):
        object.__setattr__(self, "_значение", значение)

    @property
    def значение(self):
        return self._значение

    def __setattr__(self, name, value):
        raise AttributeError(f"Константа неизменяема: нельзя задать {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"Константа неизменяема: нельзя удалить {name!r}")


т = Точка(1, 2)
ц = ЦветнаяТочка(3, 4, "красный")
print(т, ц, ц.цвет, Точка.__slots__, ЦветнаяТочка.__slots__, hasattr(т, "__dict__"))
print("x" in Точка.__slots__, "цвет" in Точка.__slots__, isinstance(ц, Точка))


def попробовать(описание, действие):
    try:
        результат = действие()
        print(описание, "->", результат)
    except (AttributeError, TypeError, ValueError) as e:
        print(описание, "->", type(e).__name__ + ":", e)


попробовать("новый атрибут", lambda: setattr(т, "z", 3))
попробовать("чтение пустого слота", lambda: Точка.__new__(Точка).x)
попробовать("удаление слота", lambda: (delattr(т, "y"), т.y)[1])
попробовать("удаление ещё раз", lambda: delattr(т, "y"))
попробовать("слот наследника", lambda: setattr(ц, "размер", 5))
попробовать("vars", lambda: vars(т))
г = Гибкая(5, 6)
г.метка = "есть __dict__"
попробовать("наследник без __slots__", lambda: (г.метка, г.x, hasattr(г, "__dict__")))
с = СоСловарём()
с.a, с.b = 1, 2
попробовать("слоты и __dict__", lambda: (с.a, с.__dict__["b"]))
к = Константа(42)
попробовать("константа", lambda: к.значение)
попробовать("задать константу", lambda: setattr(к, "_значение", 1))
попробовать("удалить константу", lambda: delattr(к, "_значение"))
попробовать("свойство без сеттера", lambda: setattr(Константа, "значение", 1) or "класс можно менять")
попробовать("конфликт", lambda: type("Плохой", (), {"__slots__": ("a",), "a": 1}))
попробовать("слоты в type()", lambda: type("Т2", (), {"__slots__": ["p"]})().__slots__)
попробовать("getattr по умолчанию", lambda: getattr(Точка.__new__(Точка), "x", "пусто"))
попробовать("hasattr", lambda: (hasattr(т, "x"), hasattr(т, "y"), hasattr(т, "z")))
print(sorted(n for n in dir(ц) if not n.startswith("__")))
