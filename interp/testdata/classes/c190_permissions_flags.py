# Access rights with enum.Flag, IntFlag, auto, _missing_, members with
# methods, aliases and tuple values.
from enum import Enum, Flag, IntFlag, IntEnum, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC

    def describe(self):
        return "+".join(m.name.lower() for m in Perm if m in self and m._value_ & (m._value_ - 1) == 0) or "none"


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Color(Enum):
    RED = "red"
    GREEN = "green"
    CRIMSON = "red"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


class Level(IntEnum):
    LOW = 10
    HIGH = 20


p = Perm.READ | Perm.EXEC
print(p, repr(p), p.describe(), Perm.RW.describe(), Perm(0).describe())
print(Perm.WRITE in Perm.RW, Perm.EXEC in Perm.RW, bool(Perm(0)), Perm.ALL & ~Perm.WRITE)
print(list(Perm), [m.name for m in Perm.ALL], len(Perm.RW), Perm(3), Perm["RW"] is Perm.RW)
m = Mode.R | Mode.W
print(m, repr(m), int(m), m == 6, m | 1, Mode(7), Mode.R + 1, oct(Mode.X | Mode.R))
print(Planet.EARTH.value, f"{Planet.EARTH.gravity:.2f}", Planet((3.303e23, 2.4397e6)).name)
print(Color("RED"), Color.CRIMSON is Color.RED, list(Color), Color.__members__.keys())
try:
    Color("blue")
except ValueError as e:
    print("ValueError:", e)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
print(Level.HIGH > Level.LOW, Level.LOW + 5, sorted([Level.HIGH, 15, Level.LOW]), f"{Level.HIGH}", str(Level.LOW))
print({Level.LOW: "l"}[Level.LOW], Level(20), max(Level).name, Level.HIGH // 3, Level["LOW"].value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.READ = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Perm.READ).__mro__[1:], isinstance(Mode.R, int), Perm.READ.__class__.__name__)
