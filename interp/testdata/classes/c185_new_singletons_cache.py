# __new__: синглтон, кэш экземпляров (интернирование), фабрика подклассов, __init__ повторно
class Реестр:
    _экземпляр = None

    def __new__(cls, *args, **kwargs):
        if cls._экземпляр is None:
            print("  создаём реестр")
            cls._экземпляр = super().__new__(cls)
        return cls._экземпляр

    def __init__(self, имя="главный"):
        print(f"  __init__({имя!r})")
        self.имя = имя


а = Реестр()
б = Реестр("второй")
print(а is б, а.имя, id(а) == id(б))


class Цвет:
    _кэш = {}

    def __new__(cls, r, g, b):
        ключ = (r, g, b)
        if ключ not in cls._кэш:
            obj = super().__new__(cls)
            obj.rgb = ключ
            cls._кэш[ключ] = obj
        return cls._кэш[ключ]

    def __repr__(self):
        return "#%02x%02x%02x" % self.rgb


к1, к2, з = Цвет(255, 0, 0), Цвет(255, 0, 0), Цвет(0, 255, 0)
print(к1 is к2, к1 == к2, к1 is з, к1, з, len(Цвет._кэш), {к1, к2, з} == {к1, з})


class Фигура:
    def __new__(cls, *стороны):
        if cls is Фигура:
            подкласс = {3: Треугольник, 4: Четырёхугольник}.get(len(стороны))
            if подкласс is None:
                raise ValueError(f"нет фигуры с {len(стороны)} сторонами")
            return super().__new__(подкласс)
        return super().__new__(cls)

    def __init__(self, *стороны):
        self.стороны = стороны

    def периметр(self):
        return sum(self.стороны)


class Треугольник(Фигура):
    pass


class Четырёхугольник(Фигура):
    pass


for стороны in [(3, 4, 5), (1, 1, 1, 1), (2, 2)]:
    try:
        ф = Фигура(*стороны)
        print(type(ф).__name__, ф.периметр(), isinstance(ф, Фигура))
    except ValueError as e:
        print("ValueError:", e)
print(type(Треугольник(1, 2, 3)).__name__)


class НеТотТип:
    def __new__(cls):
        return 42

    def __init__(self):
        print("  никогда")


print(НеТотТип(), type(НеТотТип()).__name__)


class Точка:
    __slots__ = ("x", "y")

    def __new__(cls, x=0, y=0):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self

    def __repr__(self):
        return f"Точка({self.x}, {self.y})"


print(Точка(1, 2), Точка(), Точка.__new__(Точка, 5), object.__new__(Точка).__class__.__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    Реестр.__new__(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
try:
    object.__new__(Точка, 1, 2)
except TypeError as e:
    print("TypeError:", e)
