# Order processing with dataclasses: KW_ONLY, InitVar, __post_init__,
# frozen errors, order=True, replace/asdict/astuple, field(compare=False).
from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace, fields, FrozenInstanceError
from decimal import Decimal


@dataclass(frozen=True, order=True)
class Money:
    amount: Decimal
    currency: str = "RUB"

    def __add__(self, other):
        if not isinstance(other, Money) or other.currency != self.currency:
            return NotImplemented
        return Money(self.amount + other.amount, self.currency)

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"


@dataclass
class Line:
    sku: str
    qty: int
    price: Money
    _: KW_ONLY
    note: str = ""
    discount: InitVar[int] = 0
    total: Money = field(init=False, repr=False, compare=False)

    def __post_init__(self, discount):
        if self.qty <= 0:
            raise ValueError(f"qty must be positive, got {self.qty}")
        raw = self.price.amount * self.qty
        self.total = Money(raw * (100 - discount) / 100, self.price.currency)


@dataclass(order=True)
class Order:
    number: int
    lines: list = field(default_factory=list, compare=False)
    tags: set = field(default_factory=set, compare=False, repr=False)

    def add(self, *args, **kw):
        self.lines.append(Line(*args, **kw))
        return self

    @property
    def total(self):
        return sum((l.total for l in self.lines), Money(Decimal(0)))


o = Order(7).add("tea", 2, Money(Decimal("149.90"))).add("cup", 1, Money(Decimal("300")), discount=10, note="gift")
print(o)
print(o.total, o.lines[1].total, sorted(f.name for f in fields(Line)))
print(asdict(o)["lines"][1])
print(astuple(Money(Decimal("1.5"))), Money(Decimal(2)) < Money(Decimal(3)), Money(Decimal(2), "EUR") > Money(Decimal(2)))
m = Money(Decimal("10"))
try:
    m.amount = Decimal(0)
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del m.currency
except AttributeError as e:
    print(type(e).__name__, e)
print(replace(m, currency="USD"), m, hash(m) == hash(Money(Decimal("10.0"))))
try:
    replace(o.lines[0], qty=0)
except ValueError as e:
    print("ValueError:", e)
try:
    Line("x", 1, m, "positional note")
except TypeError as e:
    print("TypeError:", e)
try:
    replace(o.lines[0], total=m)
except ValueError as e:
    print("ValueError:", e)
print(sorted([Order(3), Order(1), Order(2)]), Order(1) == Order(1, [1]))
print(m + Money(Decimal("0.25")), end=" ")
try:
    m + Money(Decimal(1), "USD")
except TypeError as e:
    print(e)
print({m: "ten"}[Money(Decimal("10.00"))], Money.__dataclass_params__.frozen, Line.__match_args__)
