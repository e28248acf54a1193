# Заказы на dataclasses: frozen, order, field(compare=False), asdict/astuple, replace, __post_init__, ошибки
from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError, is_dataclass
from typing import List
from enum import Enum


class Status(Enum):
    NEW = "новый"
    PAID = "оплачен"
    SENT = "отправлен"


@dataclass(frozen=True, order=True)
class Money:
    rubles: int
    kopecks: int = 0

    def __post_init__(self):
        if not 0 <= self.kopecks < 100:
            raise ValueError(f"копейки вне диапазона: {self.kopecks}")

    def __add__(self, other):
        total = (self.rubles + other.rubles) * 100 + self.kopecks + other.kopecks
        return Money(total // 100, total % 100)

    def __str__(self):
        return f"{self.rubles} руб. {self.kopecks:02d} коп."


@dataclass
class Line:
    product: str
    price: Money
    qty: int = 1

    @property
    def total(self):
        result = Money(0)
        for _ in range(self.qty):
            result = result + self.price
        return result


@dataclass
class Order:
    number: int
    customer: str
    lines: List[Line] = field(default_factory=list)
    status: Status = Status.NEW
    notes: str = field(default="", repr=False, compare=False)

    def add(self, product, rub, kop=0, qty=1):
        self.lines.append(Line(product, Money(rub, kop), qty))
        return self

    @property
    def total(self):
        s = Money(0)
        for line in self.lines:
            s = s + line.total
        return s


o = Order(1, "Иванов").add("хлеб", 45, 50, 2).add("молоко", 89, 99).add("сыр", 350)
print(o)
print(o.total, [str(l.total) for l in o.lines])
o2 = replace(o, number=2, status=Status.PAID, notes="срочно")
print(o2.status, o2.status.value, o2.lines is o.lines, o == replace(o, notes="другое"))
d = asdict(o)
print(d["lines"][0], d["status"], list(d))
print(sorted([Money(5, 10), Money(1, 99), Money(5, 9)]), Money(1) < Money(1, 1), Money(2) == Money(2, 0))
m = Money(10, 50)
try:
    m.rubles = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del m.kopecks
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Money(1, 150)
except ValueError as e:
    print("ValueError:", e)
print(hash(m) == hash(Money(10, 50)), {m: "ok"}[Money(10, 50)], is_dataclass(o), is_dataclass(Order), is_dataclass(5))
for status in Status:
    count = sum(1 for x in (o, o2) if x.status is status)
    print(f"{status.name:<5}|{status.value:^11}|{count}")
try:
    Order()
except TypeError as e:
    print("TypeError:", e)
try:
    Line("x", Money(1), qty=2, color="red")
except TypeError as e:
    print("TypeError:", e)
print(Line("чай", Money(99, 90), 3).total, Money(0, 99) + Money(0, 1))
