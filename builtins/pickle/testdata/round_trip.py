# pickle.loads(pickle.dumps(x)) rebuilds builtin values, shared and
# recursive references, instances of script classes, enum members,
# named tuples, dataclasses, exceptions, and classes and functions by
# reference; dump and load go through a binary file.
import io
import pickle
from collections import namedtuple
from dataclasses import dataclass, field
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


Point = namedtuple("Point", "x y")


@dataclass(frozen=True)
class Item:
    name: str
    qty: int = 1
    tags: tuple = ()


class Account:
    def __init__(self, owner, balance):
        print("  __init__ runs only once")
        self.owner, self.balance = owner, balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


class Temp:
    def __init__(self, c):
        self.c, self.cache = c, {"x": 1}

    def __getstate__(self):
        return {"c": self.c}

    def __setstate__(self, state):
        print("  setstate", state)
        self.__dict__.update(state, cache={})


class Fraction2:
    def __init__(self, n, d):
        self.n, self.d = n, d

    def __reduce__(self):
        return (Fraction2, (self.n, self.d))


class Slotted:
    __slots__ = ("a", "b")


class Meters(float):
    pass


class Tag(str):
    pass


class Stack(list):
    pass


class Registry(dict):
    pass


class Outer:
    class Inner:
        pass


class MyError(ValueError):
    pass


def roundtrip(x):
    return pickle.loads(pickle.dumps(x))


data = {"ints": [1, 2 ** 100, -3], "f": 2.5, "s": "привет", "b": b"\x00\xff", "t": (1, (2, 3)),
        "set": {1, 2}, None: True, "c": 1 + 2j, "ba": bytearray(b"xy"), "fs": frozenset({3})}
r = roundtrip(data)
print(r == data, r is data, r)
shared = [1, 2]
obj = [shared, shared, {"k": shared}]
obj.append(obj)
r = roundtrip(obj)
print(r[0] is r[1] is r[2]["k"], r[3] is r, r[:3])
acc = roundtrip(Account("Ann", 100))
print(acc, vars(acc), type(acc) is Account)
print(roundtrip(Item("pen", 3, ("a",))), roundtrip(Point(1, 2)), roundtrip(Point(1, 2))._fields)
print(roundtrip(Color.GREEN) is Color.GREEN, [getattr(c, "__qualname__", c) for c in roundtrip([Color, Account, len, ValueError, roundtrip, Outer.Inner])])
t = roundtrip(Temp(5))
print(t.c, t.cache)
fr = roundtrip(Fraction2(1, 3))
print(fr.n, fr.d)
sl = Slotted()
sl.a, sl.b = 1, [2]
sl2 = roundtrip(sl)
print(sl2.a, sl2.b, sl2.b is sl.b)
m, tg = roundtrip(Meters(2.5)), roundtrip(Tag("x"))
print(m, type(m).__name__, m + 1, tg, type(tg).__name__, tg.upper())
s = Stack([1, 2, 3])
s.name = "st"
r = roundtrip(s)
print(r, type(r).__name__, r.name)
reg = roundtrip(Registry(a=1))
print(reg, type(reg).__name__)
e = roundtrip(MyError("bad", 2))
print(repr(e), e.args, isinstance(e, ValueError))
buf = io.BytesIO()
pickle.dump([1, 2], buf)
pickle.dump({"a": 3}, buf, protocol=pickle.HIGHEST_PROTOCOL)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as ex:
    print("EOFError:", ex)
print(type(pickle.dumps(1)).__name__, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
