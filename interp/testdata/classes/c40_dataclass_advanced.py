# dataclasses: slots=True, kw_only, field(compare=False), InitVar, __post_init__ с проверками
from dataclasses import dataclass, field, InitVar, fields, asdict, replace, KW_ONLY


@dataclass(slots=True)
class Point:
    x: float
    y: float = 0.0

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.dist(), Point.__slots__)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
print(hasattr(p, "__dict__"))


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


c = Config(host="localhost", debug=True)
print(c)
try:
    Config("localhost")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    name: str
    _: KW_ONLY
    size: int = 1
    tags: list = field(default_factory=list)


m = Mixed("ящик", size=3)
print(m, [f.name for f in fields(m)], [f.kw_only for f in fields(m)])


@dataclass(order=True)
class Student:
    surname: str
    grade: int = field(compare=False)
    notes: list = field(default_factory=list, compare=False, repr=False)


a = Student("Иванов", 5)
b = Student("Иванов", 3, ["опоздал"])
print(a == b, a < Student("Петров", 1), a)
print(sorted([Student("Яковлев", 4), a, Student("Алексеев", 2)]))


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    rate: InitVar[float] = 0.0
    history: list = field(default_factory=list, init=False)

    def __post_init__(self, rate):
        if self.balance < 0:
            raise ValueError(f"отрицательный баланс у {self.owner}: {self.balance}")
        if not self.owner.strip():
            raise ValueError("пустой владелец")
        if rate:
            self.balance = round(self.balance * (1 + rate), 2)
            self.history.append(f"начислено {rate:.0%}")


acc = Account("Мария", 1000, rate=0.05)
print(acc, asdict(acc))
print("rate" in [f.name for f in fields(acc)])
for args in [("Олег", -5), ("  ", 10)]:
    try:
        Account(*args)
    except ValueError as e:
        print("ValueError:", e)

acc2 = replace(acc, balance=50, rate=0.1)
print(acc2)


@dataclass(frozen=True, slots=True)
class Color:
    r: int
    g: int
    b: int

    @property
    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


red = Color(255, 0, 0)
print(red, red.hex, hash(red) == hash(Color(255, 0, 0)), {red, Color(255, 0, 0)})
try:
    red.r = 1
except Exception as e:
    print(type(e).__name__, e)
