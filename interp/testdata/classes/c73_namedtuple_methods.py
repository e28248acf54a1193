# NamedTuple с методами и значениями по умолчанию, collections.namedtuple, _replace/_asdict/_make
from typing import NamedTuple
from collections import namedtuple


class City(NamedTuple):
    name: str
    population: int
    region: str = "не указан"

    @property
    def is_million(self):
        return self.population >= 1_000_000

    def label(self):
        return f"{self.name} ({self.population:,} чел.)".replace(",", " ")

    def __str__(self):
        return f"г. {self.name}"


cities = [City("Новосибирск", 1_633_595, "Сибирь"), City("Тверь", 416_219), City("Казань", 1_308_660, "Поволжье")]
for c in cities:
    print(repr(c), "|", c, "|", c.label(), c.is_million)
print(City._fields, City._field_defaults)
big = [c.name for c in cities if c.is_million]
print(big, max(cities, key=lambda c: c.population).name, sorted(cities)[0].name)
name, pop, region = cities[1]
print(name, pop, region, cities[1][0], cities[1][-1], len(cities[1]))
moved = cities[1]._replace(region="Центр")
print(moved, moved.region, cities[1].region, moved == cities[1])
print(cities[0]._asdict())
print(City._make(["Омск", 1_125_695, "Сибирь"]), City("Тула", 1) == City("Тула", 1, "не указан"))
print(type(cities[0]).__name__, tuple(cities[0]), list(cities[0])[1:])
try:
    City("Без населения")
except TypeError as e:
    print("TypeError:", e)
try:
    cities[0]._replace(mayor="x")
except ValueError as e:
    print("ValueError:", e)

Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._replace(y=5), Point._fields, Point(*range(2)), tuple(Point(x=1, y=2)) + (9,))
Color = namedtuple("Color", ["красный", "зелёный", "синий"])
print(Color(255, 128, 0), Color(1, 2, 3).зелёный)
Row = namedtuple("Row", "id, class, def", rename=True)
print(Row._fields, Row(1, 2, 3))
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError:", e)


class Vector(namedtuple("VectorBase", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


v = Vector(1, 2) + Vector(2, 2)
print(v, abs(v), tuple(v) * 2, v[0], v[-1], dict(zip(v._fields, v)))
counts = {}
for c in cities + [City("Тверь", 416_219)]:
    counts[c] = counts.get(c, 0) + 1
print([(k.name, n) for k, n in counts.items()])
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
