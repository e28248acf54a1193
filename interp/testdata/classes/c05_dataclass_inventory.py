# Склад на dataclasses: field, default_factory, order, frozen, asdict, replace, __post_init__
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Optional


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None

    def __post_init__(self):
        self.sort_index = self.price * self.qty
        self.name = self.name.strip().capitalize()

    @property
    def total(self):
        return self.price * self.qty


@dataclass(frozen=True)
class Location:
    shelf: str
    row: int = 1

    def label(self):
        return f"{self.shelf}-{self.row:02d}"


@dataclass
class Warehouse:
    title: str
    items: List[Item] = field(default_factory=list)
    places: dict = field(default_factory=dict)

    def add(self, item, loc):
        self.items.append(item)
        self.places[item.name] = loc

    def report(self):
        for it in sorted(self.items, reverse=True):
            loc = self.places[it.name]
            print(f"  {it.name:<10}{it.qty:>4} × {it.price:>7.2f} = {it.total:>9.2f}  [{loc.label()}]")


w = Warehouse("Центральный")
w.add(Item("  молоко ", 89.9, 20, ["еда"]), Location("А", 3))
w.add(Item("ХЛЕБ", 45.5, 30, ["еда", "выпечка"]), Location("Б"))
w.add(Item("мыло", 120.0, 5), Location("В", 12))
w.add(Item("чай", 310.25, 7, note="зелёный"), Location("А", 1))
print(w.title)
w.report()
print(w.items[0])
print(asdict(w.items[3]))
print(astuple(Location("Г", 4)))
print([f.name for f in fields(Item)])
print(Item("сыр", 500, 1) < Item("кефир", 70, 10), Item("а", 1, 1) == Item("А", 1, 1))

loc = Location("А", 3)
try:
    loc.row = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(loc, row=9), loc, hash(loc) == hash(Location("А", 3)))
print({loc: "молоко"}[Location("А", 3)])
i2 = replace(w.items[1], qty=100)
print(i2.total, i2.sort_index, w.items[1].qty)
a, b = Item("x", 1), Item("y", 2)
a.tags.append("общий?")
print(a.tags, b.tags)
try:
    @dataclass
    class Broken:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Item("без цены")
except TypeError as e:
    print("TypeError:", e)
print(Warehouse("Пусто"))
