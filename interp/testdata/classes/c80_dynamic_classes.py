# type(name, bases, dict), __init_subclass__, __class_getitem__, явные вызовы C.__init__, object.__repr__, super(C, self)
import sys


def make_record(name, fields, base=object):
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{name}() ожидает {len(fields)} аргумент(а), получено {len(args)}")
        for f, v in zip(fields, args):
            setattr(self, f, v)

    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    return type(name, (base,), {"__init__": __init__, "__repr__": __repr__, "fields": tuple(fields), "__doc__": f"Запись {name}"})


Person = make_record("Person", ["имя", "возраст"])
p = Person("Зоя", 30)
print(p, type(p).__name__, Person.__doc__, Person.fields, Person.__bases__, Person.__qualname__)
try:
    Person("Зоя")
except TypeError as e:
    print("TypeError:", e)
Employee = make_record("Employee", ["имя", "возраст", "отдел"], base=Person)
print(Employee("Лев", 40, "ИТ"), isinstance(Employee("a", 1, "b"), Person), [c.__name__ for c in Employee.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, repr(Empty), Empty.__bases__, type(Empty()).__name__)


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


class Csv(Plugin, key="csv"):
    pass


class Json(Plugin):
    pass


print(Plugin.registry, Csv.key, Json.key, Plugin[int], Csv["строка"])
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]

    def hello(self):
        return f"Base.hello({self.name})"


class Left(Base):
    def __init__(self, name):
        Base.__init__(self, name)
        self.log.append("Left")

    def hello(self):
        return "Left>" + super(Left, self).hello()


class Right(Base):
    def hello(self):
        return "Right>" + super().hello()


class Both(Left, Right):
    def __init__(self):
        super(Left, self).__init__("оба")
        self.log.append("Both")

    def __repr__(self):
        return "Both+" + object.__repr__(self).split(" object")[0]


b = Both()
print(b.hello(), b.log, repr(b), Both.__mro__[2].__name__)
print(super(Both, b).hello(), super(Right, b).hello(), Right.hello(b))
try:
    Base.hello()
except TypeError as e:
    print("TypeError:", e)
try:
    b.hello(1)
except TypeError as e:
    print("TypeError:", e)


class Greeter:
    def greet(self, name, *, loud=False):
        return name.upper() if loud else name

    @classmethod
    def build(cls, *, lang):
        return cls()


g = Greeter()
for call in (lambda: g.greet("а", True), lambda: g.greet(), lambda: Greeter.build("ru"), lambda: g.greet(name="б", tone=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
args = ["а", "б"]
print(g.greet(*args[:1], loud=True), "{}-{}".format(*args, "в"), max(*args, "я"))


def hook(kind, value, tb):
    print(f"необработанное: {kind.__name__}: {value}", file=sys.stdout)


sys.excepthook = hook
raise LookupError("это поймает sys.excepthook")
