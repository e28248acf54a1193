# __dataclass_params__ keeps the decorator's arguments.
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0


@dataclass(eq=False, repr=False)
class Plain:
    a: int


class Point3(Point):
    z: int = 0


for cls in (Point, Plain, Point3):
    p = cls.__dataclass_params__
    print(cls.__name__, p)
    print(p.init, p.repr, p.eq, p.order, p.unsafe_hash, p.frozen, type(p).__name__)
print(Point.__dataclass_params__ is Point3.__dataclass_params__)
