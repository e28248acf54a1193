# cls(value) for a value no member has asks cls._missing_(value), a
# classmethod that a base class may define too: its member is the
# answer, None leaves the ValueError, another value is a TypeError and
# its own exceptions propagate with the ValueError as their context.
from enum import Enum, IntEnum, auto


class Base(Enum):
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        if value == "bad":
            return 42
        if value == -1:
            raise KeyError("negative")
        return None


class Color(Base):
    RED = auto()
    GREEN = auto()


print(Color("red"), Color("GREEN"), Color(1), Color(Color.RED))
for v in ["blue", 7, -1]:
    try:
        Color(v)
    except Exception as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))


class Odd(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Odd(2)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


class Level(IntEnum):
    LOW = 1
    HIGH = 3

    @classmethod
    def _missing_(cls, value):
        return cls.HIGH if value > 3 else cls.LOW


print(Level(10), Level(0), Level(3))
print(Level(2).name)
