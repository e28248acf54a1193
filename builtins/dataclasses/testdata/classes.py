# dataclasses: generated __init__, __repr__, __eq__, ordering, frozen
# instances, defaults and default factories, field options, and the
# module functions fields, asdict, astuple, replace, is_dataclass.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
p.x = 10
print(p, repr(p))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2, "x") == Version(1, 2, "y"))


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"


m = Money(5)
print(m, hash(m) == hash(Money(5)), {m, Money(5), Money(5, "USD")} == {Money(5), Money(5, "USD")})
try:
    m.amount = 6
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    m.__delattr__("currency")
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    count: int = field(default=0, init=False)


b1, b2 = Basket("Анна"), Basket("Борис")
b1.items.append("яблоко")
print(b1, b2, b1.count, b1.secret)

print([f.name for f in fields(Basket)], [f.name for f in fields(b1)])
print(asdict(b1), astuple(b1))


@dataclass
class Line:
    start: Point
    end: Point
    tags: tuple = ()


ln = Line(Point(0, 0), Point(1, 1), ("a",))
print(asdict(ln), astuple(ln))
print(replace(p, y=7), replace(m, currency="USD"), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), is_dataclass(dict))


@dataclass
class Child(Point):
    z: int = 3


print(Child(1, 2), Child(1, 2, 4) == Child(1, 2, 4), isinstance(Child(1), Point))


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident(1).v)


@dataclass
class Post:
    title: str

    def __post_init__(self):
        self.slug = self.title.lower().replace(" ", "-")


print(Post("Hello World").slug)
