# Enums whose members are ints, strs or floats too: IntEnum, StrEnum, IntFlag
# and class Color(str, Enum) compare, hash, format and compute as their values.
import json
from enum import Enum, IntEnum, StrEnum, IntFlag, ReprEnum, auto

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

class Mode(StrEnum):
    READ = auto()
    WRITE = auto()

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

class Size(float, Enum):
    SMALL = 0.5
    BIG = 2.0

print(Color.RED == "red", "red" == Color.RED, Color.RED != "blue", Color.RED < "s")
print(Color.RED.upper(), Color.RED.startswith("r"), len(Color.GREEN), Color.RED + "!", Color.GREEN[0], Color.GREEN[1:3])
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", "%s" % Color.RED, format(Color.RED, ">12"))
print(json.dumps(Color.RED), json.dumps({"c": Color.GREEN}), json.dumps([Priority.HIGH, Mode.READ]))
print(isinstance(Color.RED, str), isinstance(Priority.LOW, int), isinstance(Mode.READ, str), isinstance(Perm.R, int))
print(Color("red"), Color("green") is Color.GREEN, [c.value for c in Color])
print(hash(Color.RED) == hash("red"), hash(Priority.HIGH) == hash(10), hash(Mode.READ) == hash("read"))
print(Priority.HIGH.bit_length(), Priority.MEDIUM.real, Priority.LOW.numerator, int(Priority.HIGH), float(Priority.MEDIUM))
print(Priority.HIGH + 1, Priority.HIGH * 2, -Priority.LOW, abs(Priority.LOW), Priority.HIGH // 3, Priority.HIGH % 3, 2 ** Priority.LOW)
print(list(range(Priority.MEDIUM)), [0] * Priority.LOW, Priority.HIGH > Priority.MEDIUM, Priority.HIGH > 7, 7 < Priority.HIGH)
print(sorted([Priority.HIGH, 3, Priority.LOW, 7]), max(Priority), min(Priority, key=lambda p: -p), sum(Priority))
print(str(Priority.HIGH), repr(Priority.HIGH), f"{Priority.HIGH}", f"{Priority.HIGH:>5}|", "%d" % Priority.MEDIUM, "%s" % Priority.MEDIUM, format(Priority.LOW, "03d"))
print(Mode.READ, repr(Mode.WRITE), Mode.READ.upper(), Mode.READ == "read", f"[{Mode.WRITE:^9}]", Mode("write"))
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R & 4, int(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), str(Perm.W))
print(Size.SMALL * 4, Size.BIG == 2.0, Size.BIG.is_integer(), repr(Size.SMALL), Size(0.5))
print([k.__name__ for k in Priority.__mro__], [k.__name__ for k in Mode.__mro__])
print([k.__name__ for k in Color.__mro__], [k.__name__ for k in Perm.__mro__])
print(issubclass(Priority, ReprEnum), issubclass(Color, ReprEnum), type(Priority.HIGH).__name__)
d = {Priority.HIGH: "h", Color.RED: "r"}
print(d[Priority.HIGH], d[Color.RED], Priority(5), Priority["LOW"])
for bad in ("x", 3):
    try:
        print(Priority(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    class Bad(int, Enum):
        A = "x"
except ValueError as e:
    print("ValueError", e)
