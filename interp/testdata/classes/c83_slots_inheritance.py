# __slots__: наследование, __dict__ в слотах, сообщения AttributeError, конфликты, значения по умолчанию
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Tagged(Point):
    pass


class Flexible:
    __slots__ = ("name", "__dict__")


p = Point(1, 2)
print(p, Point.__slots__, hasattr(p, "__dict__"), Point3(1, 2, 3), Point3.__slots__)
for obj, attr in ((p, "z"), (Point3(0, 0, 0), "w")):
    try:
        setattr(obj, attr, 5)
    except AttributeError as e:
        print("AttributeError:", e)
t = Tagged(3, 4)
t.label = "метка"
print(t, t.label, vars(t)["label"], hasattr(t, "__dict__"))
f = Flexible()
f.name = "гибкий"
f.extra = [1]
print(f.name, vars(f)["extra"], f.extra)

empty = Point.__new__(Point)
try:
    print(empty.x)
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 7
print(p, "x" in Point.__slots__)

try:
    class Conflict:
        __slots__ = ("value",)
        value = 10
except ValueError as e:
    print("ValueError:", e)


class Config:
    __slots__ = ("_data",)
    defaults = {"язык": "ru", "тема": "светлая"}

    def __init__(self, **kw):
        self._data = dict(self.defaults, **kw)

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"нет настройки {name!r}") from None


c = Config(тема="тёмная")
print(c.язык, c.тема)
try:
    c.шрифт
except AttributeError as e:
    print("AttributeError:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
try:
    c.новое = 1
except AttributeError as e:
    print("AttributeError:", e)


class Vec:
    __slots__ = "x", "y"

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __iter__(self):
        yield self.x
        yield self.y

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    __hash__ = None


v = Vec(1, 2)
print(list(v), v == Vec(1, 2), v == (1, 2), Vec.__hash__)
try:
    {v}
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(v) if not n.startswith("__")), [s for s in Vec.__slots__])
print(Vec.__slots__ == ("x", "y"))
