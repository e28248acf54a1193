# auto() asks a class's own _generate_next_value_ (a staticmethod or a
# plain function, defined in the class or a member-less base) with
# name, start, count and the values so far.
from enum import Enum, IntEnum, auto


class Slug(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        print("gen", name, start, count, last_values)
        return name.lower().replace("_", "-")

    BLACK_LIST = auto()
    FIXED = "fixed"
    WHITE_LIST = auto()


print(list(Slug), Slug("white-list"), Slug.FIXED.value)


class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{count}:{name}"


class Color(AutoName):
    RED = auto()
    GREEN = auto()


print([c.value for c in Color], Color("1:GREEN").name)


class Doubling(IntEnum):
    def _generate_next_value_(name, start, count, last_values):
        return last_values[-1] * 2 if last_values else start

    ONE = auto()
    TWO = auto()
    FOUR = auto()


print(list(Doubling), Doubling(4) + 1, [d.value for d in Doubling])


class Broken(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        raise RuntimeError(f"no value for {name}")


try:
    class Sub(Broken):
        A = auto()
except RuntimeError as e:
    print("RuntimeError:", e)
