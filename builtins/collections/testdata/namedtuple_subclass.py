# A class may derive from a namedtuple class, and typing.NamedTuple's
# class syntax makes a namedtuple of the annotated names (with their
# defaults) holding the body's methods; _make and _replace keep the
# subclass.
from collections import namedtuple
from typing import NamedTuple


class Vector(namedtuple("VectorBase", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vector(1, 2) + Vector(2, 2)
print(v, repr(v), v.norm, len(v), v[1], list(v), 3 in v, type(v).__name__)
print(v._replace(x=0), type(v._replace(x=0)).__name__, Vector._make([6, 8]).norm, v._asdict(), Vector._fields)
print(v == Vector(3, 4), hash(v) == hash(Vector(3, 4)), sorted([Vector(2, 1), Vector(1, 9)]))


class City(NamedTuple):
    name: str
    population: int
    region: str = "не указан"

    def label(self):
        return f"{self.name}: {self.population}"

    def __str__(self):
        return f"г. {self.name}"


c = City("Тверь", 416_219)
print(repr(c), str(c), c.label(), c.region, City._fields, City._field_defaults)
print(City._make(["Омск", 1, "Сибирь"]), c._replace(region="Центр"), c == City("Тверь", 416_219))
name, population, region = c
print(name, population, region, {c: 1}[City("Тверь", 416_219)])
try:
    City("Без населения")
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

Pair = NamedTuple("Pair", [("left", int), ("right", str)])
print(Pair(1, "а"), Pair._fields)
