"""Dataclasses and enums flowing through a worker pool: an order-processing exercise."""
import enum
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, asdict, replace, astuple


class Status(enum.Enum):
    NEW = 'new'
    PAID = 'paid'
    SHIPPED = 'shipped'
    REJECTED = 'rejected'


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Flags(enum.Flag):
    NONE = 0
    FRAGILE = enum.auto()
    GIFT = enum.auto()
    EXPRESS = enum.auto()


@dataclass(order=True)
class Order:
    sort_key: int = field(init=False, repr=False)
    order_id: int
    customer: str
    amount: float
    priority: Priority = Priority.NORMAL
    status: Status = Status.NEW
    flags: Flags = Flags.NONE
    notes: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = -int(self.priority) * 1000 + self.order_id


@dataclass(frozen=True)
class Receipt:
    order_id: int
    total: float
    status: Status


lock = threading.Lock()
audit = []


def process(order):
    if order.amount <= 0:
        new = replace(order, status=Status.REJECTED)
        new.notes.append('non-positive amount')
    else:
        new = replace(order, status=Status.PAID)
        if Flags.EXPRESS in order.flags:
            new = replace(new, status=Status.SHIPPED)
    with lock:
        audit.append((order.order_id, new.status.name))
    total = round(order.amount * (1.2 if Flags.GIFT in order.flags else 1.0), 2)
    return Receipt(order.order_id, total, new.status)


orders = [
    Order(1, 'Анна', 120.0, Priority.HIGH, flags=Flags.GIFT | Flags.FRAGILE),
    Order(2, 'Boris', -5.0),
    Order(3, 'Chen', 30.5, Priority.LOW, flags=Flags.EXPRESS),
    Order(4, 'Dmitri', 99.99, Priority.HIGH),
    Order(5, 'Eve', 10.0, flags=Flags.GIFT | Flags.EXPRESS),
]
print(orders[0])
print('sorted by priority:', [o.order_id for o in sorted(orders)])

with ThreadPoolExecutor(max_workers=3) as pool:
    receipts = list(pool.map(process, orders))

for r in receipts:
    print(r)
print(sorted(audit))
print('by status:', {s.value: sum(r.status is s for r in receipts) for s in Status})
print(asdict(receipts[0]))
print(astuple(receipts[2]))
try:
    receipts[0].total = 0
except Exception as e:
    print(type(e).__name__, e)
print('hashable frozen:', len({receipts[0], receipts[0]}))
print(Priority.HIGH > Priority.LOW, Priority(2).name, Status('paid'), Status['SHIPPED'].value)
print(Flags.GIFT | Flags.EXPRESS, bool(Flags.NONE), [f.name for f in Flags])
print(list(Status), len(Priority))
try:
    Status('lost')
except ValueError as e:
    print('ValueError:', e)


class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()

    def describe(self):
        return f'{self.name.lower()}#{self.value}'


results = {}
ts = [threading.Thread(target=lambda c=c: results.update({c: c.describe()})) for c in Color]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.values()), Color.RED in results)
