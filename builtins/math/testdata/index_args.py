# The integer functions take objects with __index__: IntEnum members,
# int subclasses' instances, classes that define it.
import math
from enum import IntEnum
class N(IntEnum):
    A = 6
    B = 4
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print(math.comb(I(5), 2), math.perm(N.A, N.B), math.factorial(N.B), math.gcd(N.A, I(9)), math.lcm(I(4), 6), math.isqrt(I(17)), math.prod([I(2), 3]) if False else "-")
class B:
    def __index__(self): return 1.5
try:
    math.factorial(B())
except TypeError as e:
    print(e)
try:
    math.gcd(2.0, 4)
except TypeError as e:
    print(e)
