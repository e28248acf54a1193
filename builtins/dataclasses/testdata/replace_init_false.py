# replace() refuses a field declared with init=False (ValueError), and
# recomputes it through __post_init__ otherwise.
from dataclasses import dataclass, field, replace


@dataclass
class Order:
    item: str
    qty: int = 1
    total: int = field(init=False)

    def __post_init__(self):
        self.total = self.qty * 10


o = Order("чай", 3)
print(o, replace(o, qty=5))
try:
    replace(o, total=0)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(o, цвет="красный")
except TypeError as e:
    print("TypeError:", e)
