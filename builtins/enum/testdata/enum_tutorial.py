from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

class Direction(Enum):
    NORTH = auto()
    SOUTH = auto()

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

class Shape(str, Enum):
    CIRCLE = "круг"
    SQUARE = "квадрат"

class Level(Enum):
    LOW = "низкий"
    HIGH = "высокий"
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def default(cls):
        return cls.LOW

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

show("repr", lambda: repr(Color.RED))
show("str", lambda: str(Color.RED))
show("fmt", lambda: f"{Color.RED}")
show("fmt2", lambda: "{}".format(Color.GREEN))
show("fmt3", lambda: format(Color.BLUE, ""))
show("fmt width", lambda: f"[{Color.RED!s:>12}]")
show("alias", lambda: Color.CRIMSON is Color.RED)
show("alias name", lambda: Color.CRIMSON.name)
show("list", lambda: list(Color))
show("len", lambda: len(Color))
show("members", lambda: list(Color.__members__.items()))
show("members keys", lambda: list(Color.__members__))
show("getitem", lambda: Color['GREEN'])
show("call", lambda: Color(3))
show("bad call", lambda: Color(7))
show("bad call str", lambda: Color('RED'))
show("bad getitem", lambda: Color['PURPLE'])
show("in", lambda: Color.RED in Color)
show("eq", lambda: Color.RED == 1)
show("ne", lambda: Color.RED != Color.BLUE)
show("lt", lambda: Color.RED < Color.BLUE)
show("hash", lambda: {Color.RED: 'r'}[Color.CRIMSON])
show("int enum repr", lambda: repr(Status.OK))
show("int enum str", lambda: str(Status.OK))
show("int enum fmt", lambda: f"{Status.NOT_FOUND}")
show("int enum fmt d", lambda: f"{Status.NOT_FOUND:d} {Status.OK:>6}")
show("int enum eq", lambda: Status.OK == 200)
show("int enum add", lambda: Status.OK + 1)
show("int enum lt", lambda: Status.OK < Status.NOT_FOUND)
show("int enum sorted", lambda: sorted([Status.NOT_FOUND, Status.OK]))
show("int enum call", lambda: Status(404))
show("int enum bad", lambda: Status(500))
show("auto", lambda: [d.value for d in Direction])
show("planet", lambda: (Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3)))
show("planet repr", lambda: repr(Planet.MERCURY))
show("shape", lambda: (Shape.CIRCLE == "круг", Shape("квадрат"), repr(Shape.CIRCLE)))
show("shape str", lambda: str(Shape.CIRCLE))
show("shape fmt", lambda: f"{Shape.CIRCLE}")
show("shape upper", lambda: Shape.CIRCLE.upper())
show("level", lambda: (Level.HIGH.describe(), Level.default(), Level("высокий")))
show("level repr", lambda: repr(Level.HIGH))
show("name value", lambda: (Color.RED.name, Color.RED.value))
show("type", lambda: type(Color.RED))
show("type name", lambda: type(Color.RED).__name__)
show("isinstance", lambda: isinstance(Color.RED, Color))
show("isinstance enum", lambda: isinstance(Color.RED, Enum))
show("class repr", lambda: repr(Color))
show("reversed", lambda: list(reversed(Color)))
show("set cls attr", lambda: setattr(Color, 'RED', 5))
show("del", lambda: delattr(Color, 'RED'))
show("dict", lambda: {c.name: c.value for c in Color})
show("sorted by value", lambda: sorted(Color, key=lambda c: c.value, reverse=True))
show("max", lambda: max(Status))
show("mapping", lambda: Color.__members__['CRIMSON'])

try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("unique:", e)

@unique
class Good(Enum):
    A = 1
    B = 2
print(list(Good))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Animal2 = Enum('Animal2', ['DOG', 'EEL'])
print(list(Animal2))
Animal3 = Enum('Animal3', [('FOX', 10), ('GNU', 20)])
print(list(Animal3), Animal3(20))

try:
    class E(Enum):
        A = 1
    class F(E):
        B = 2
except TypeError as e:
    print("extend:", e)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.RWX, repr(Perm(6)), list(Perm.RWX))
print(Perm.R in Perm.RWX, bool(Perm.R & Perm.W), repr(Perm.R & Perm.W))
class P2(IntFlag):
    A = 1
    B = 2
print(repr(P2.A | P2.B), str(P2.A | P2.B), P2.A | P2.B, P2(3), P2(8) if False else '', repr(P2(0)))
show("intflag 8", lambda: repr(P2(8)))
show("flag bad", lambda: Perm(8))
print(Color.RED.__class__.__name__, Color.RED._name_, Color.RED._value_)
print(Status.OK.value, Status.OK.name, int(Status.OK), Status.OK * 2, "%d" % Status.OK, "%s" % Status.OK, "%r" % Status.OK)
print("%s" % Color.RED, "%r" % Color.RED)
print([m for m in Color.__members__.values()])
class Weekday(IntEnum):
    MON = 1
    TUE = 2
print(Weekday.MON.name.capitalize(), Weekday(2).name.lower(), Weekday.TUE - Weekday.MON)
print(enum.Enum, IntEnum, repr(Weekday))
