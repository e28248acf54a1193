# A division by zero is worded from both operands' types whatever the
# divisor is: an attribute, a call, an item, an expression.
from decimal import Decimal
from fractions import Fraction
import datetime
import math


class Счёт:
    def __init__(self):
        self.итого = 5.0
        self.n = 0
        self.items = []

    def среднее(self):
        return self.итого / self.n

    def среднее_целых(self):
        return sum(self.items) / len(self.items)

    def доля(self):
        return self.итого // self.n


class V:
    def __init__(self, x):
        self.x = x

    def __truediv__(self, k):
        print("truediv", k, type(k).__name__, k == 0)
        if k == 0:
            raise ValueError("нельзя делить на ноль")
        return V(self.x / k)

    def __rtruediv__(self, k):
        return "r" + str(k)


s = Счёт()
z = [0]
cases = [
    s.среднее, s.среднее_целых, s.доля,
    lambda: 1.5 / (2 - 2), lambda: 7 // 0.0, lambda: [1.0][0] / [0][0],
    lambda: V(1) / z[0], lambda: z[0] / V(2),
    lambda: Decimal(1) / z[0], lambda: Fraction(1) / z[0], lambda: (1 + 2j) / z[0],
    lambda: datetime.timedelta(1) / z[0], lambda: datetime.timedelta(1) // z[0],
    lambda: "a" / z[0], lambda: [1] / z[0], lambda: True / z[0], lambda: 5 // z[0],
    lambda: 5.5 // z[0], lambda: 1.0 / (z[0] * 1.0), lambda: math.pi % z[0],
]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)

print(s.итого / s.n)
