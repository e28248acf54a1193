# The generated __hash__ is hash() of the tuple of the fields it uses:
# field(hash=...) if given, else field(compare=...); Field.hash reads it
# back. order=True refuses a class that defines an order method itself.
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Key:
    a: int
    b: str
    note: str = field(default="", compare=False)
    extra: int = field(default=0, hash=False)


k = Key(1, "я", "x", 5)
print(hash(k) == hash((1, "я")), hash(k) == hash(Key(1, "я", "y", 6)))
print(k == Key(1, "я", "y", 5), k == Key(1, "я", "y", 6))
print([(f.name, f.compare, f.hash) for f in fields(Key)])


@dataclass(unsafe_hash=True)
class Point:
    x: int
    y: int = field(hash=True, compare=False)


p = Point(3, 4)
print(hash(p) == hash((3, 4)), p == Point(3, 9), len({p, Point(3, 4)}))


@dataclass(frozen=True)
class Empty:
    pass


print(hash(Empty()) == hash(()))
for name in ["__lt__", "__ge__"]:
    try:
        dataclass(order=True)(type("Bad", (), {name: lambda self, other: True, "__annotations__": {"x": "int"}}))
    except TypeError as e:
        print("TypeError:", e)
