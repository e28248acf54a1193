# Перечисления: Enum, auto, IntEnum, Flag, итерация, члены, value/name
from enum import Enum, IntEnum, auto, Flag, unique


class Color(Enum):
    RED = "красный"
    YELLOW = "жёлтый"
    GREEN = "зелёный"

    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]

    @property
    def russian(self):
        return self.value.upper()


class Weekday(IntEnum):
    MONDAY = 1
    TUESDAY = auto()
    WEDNESDAY = auto()
    THURSDAY = auto()
    FRIDAY = auto()
    SATURDAY = auto()
    SUNDAY = auto()

    @classmethod
    def weekend(cls):
        return [d for d in cls if d >= cls.SATURDAY]


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


class Status(Enum):
    NEW = auto()
    DONE = auto()
    ALIAS = 1


c = Color.RED
for _ in range(4):
    print(c, c.name, c.value, c.russian)
    c = c.next()
print(list(Color))
print(Color("жёлтый"), Color["GREEN"], Color.GREEN in Color)
try:
    Color("синий")
except ValueError as e:
    print("ValueError:", e)
try:
    Color["BLUE"]
except KeyError as e:
    print("KeyError:", e)
print(repr(Color.RED), Color.RED == Color.RED, Color.RED is Color("красный"))
print(Weekday.FRIDAY, repr(Weekday.FRIDAY), Weekday.FRIDAY.value, int(Weekday.SUNDAY))
print(Weekday.weekend())
print(Weekday.MONDAY + 1, Weekday.TUESDAY < Weekday.FRIDAY, sorted([Weekday.SUNDAY, Weekday.MONDAY]))
print([d.name.lower() for d in Weekday if d % 2 == 0])
print(Weekday(3).name, len(Weekday))
rw = Perm.READ | Perm.WRITE
print(rw, Perm.READ in rw, Perm.EXEC in rw, bool(Perm.READ & Perm.EXEC))
print(Status.ALIAS is Status.NEW, list(Status), list(Status.__members__))
print({c: c.value for c in Color})
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = "синий"
except AttributeError as e:
    print("AttributeError:", e)
names = {Color.RED: "стоп", Color.GREEN: "иди"}
print(names.get(Color.YELLOW, "жди"), isinstance(Color.RED, Color), type(Color.RED))
print(f"{Color.GREEN.value:^12}|{Weekday.MONDAY.name:<10}|")
