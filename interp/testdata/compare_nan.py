# A NaN equals nothing, itself included, and orders with nothing, as
# IEEE 754 says and CPython does (the VM's total order on floats differs).
import math
x = float('nan')
y = math.nan
print(x == x, x != x, x < 1, x >= 1, 1 < x, 1 == x, x == y, x != 1.5, y > y)
def isnan(v): return v != v
print(isnan(x), isnan(1.0), isnan(math.inf - math.inf), [isnan(v) for v in (1, x, 2.5)])
vals = [3.0, x, 1.0]
print([v for v in vals if v == v], sum(1 for v in vals if v != v), x == float('nan'), float('nan') != x)
print(math.isnan(x), x is x, [x] == [x], (x, 1) == (x, 1), max(1.0, 2.0), x > math.inf, x <= -math.inf)
class P:
    def __init__(self, v): self.v = v
p = P(x)
print(p.v == p.v, p.v != p.v, p.v == 2)
