# dataclasses: asdict/astuple/replace/fields, default_factory, frozen, order, __post_init__
from dataclasses import MISSING, dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass


@dataclass
class Address:
    город: str
    улица: str = "Ленина"
    дом: int = 1


@dataclass(order=True)
class Employee:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    salary: int = 0
    skills: list = field(default_factory=list)
    address: Address = field(default_factory=lambda: Address("Москва"), compare=False)

    def __post_init__(self):
        if self.salary < 0:
            raise ValueError(f"{self.name}: зарплата не может быть отрицательной")
        self.sort_key = (-self.salary, self.name)


staff = [Employee("Борис", 90, ["python"]), Employee("Анна", 120, ["go", "sql"], Address("Казань", "Баумана", 5)),
         Employee("Вера", 90)]
for e in sorted(staff):
    print(e)
print(asdict(staff[1]))
print(astuple(staff[0]))
print([f.name for f in fields(Employee)], [f.name for f in fields(staff[0]) if f.init])
print(Employee("Я", 1) == Employee("Я", 1, address=Address("Омск")), Employee("Я", 1) < Employee("Ю", 1))
try:
    Employee("Минус", -5)
except ValueError as e:
    print("ValueError:", e)

raised = replace(staff[0], salary=100)
print(raised, raised.sort_key, staff[0].salary, raised.skills is staff[0].skills)
try:
    replace(staff[0], sort_key=(0,))
except ValueError as e:
    print("ValueError:", e)

a, b = Employee("A"), Employee("B")
a.skills.append("x")
print(a.skills, b.skills)


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def moved(self, dx):
        return replace(self, x=self.x + dx)


p = Point(3, 4)
print(p, p.norm, p.moved(1), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)})
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(5))
for f in fields(Point):
    print(f"  {f.name} = {'нет' if f.default is MISSING else f.default!r}")
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Address)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
print(repr(Address("Санкт-Петербург", "Невский")), Address.__eq__(Address("a"), Address("a")))
