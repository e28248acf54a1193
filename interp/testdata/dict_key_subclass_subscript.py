# d[k], d[k] = v and d[k] op= v where k is an instance of a subclass of
# int, str or float (an IntEnum member, a str subclass) and d holds the
# plain value as a key: found, and the plain key kept, as in CPython.
from enum import Enum


class Name(str):
    def shout(self):
        return self.upper() + "!"


class Level(int, Enum):
    LOW = 1
    HIGH = 2


class Meters(float):
    pass


counts = {"ёж": 0, "кот": 5}
for w in ["ёж", "кот", "ёж"]:
    counts[Name(w)] += 1
print(counts, [type(k).__name__ for k in counts])
counts[Name("кот")] = 10
print(counts, counts[Name("ёж")], Name("ёж").shout())
levels = {1: "low", 2: "high", 1.5: "mid"}
print(levels[Level.LOW], levels[Level(2)], levels[Meters(1.5)], levels[True])
levels[Level.HIGH] = "HIGH"
levels[Meters(1.5)] += "!"
print(levels)


def lookup(d, k):
    return d[k]


print(lookup(counts, Name("кот")), lookup(levels, Level.LOW))
try:
    counts[Name("пёс")]
except KeyError as e:
    print("KeyError:", e, type(e.args[0]).__name__)
counts[Name("пёс")] = 1
print(counts, type(list(counts)[-1]).__name__)
print([10, 20, 30][Level.HIGH], "абв"[Level.LOW])
try:
    [1, 2][Name("x")]
except TypeError as e:
    print("TypeError:", e)
