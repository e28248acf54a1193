# Subclassing the numeric ABCs: abstract methods must be implemented,
# and the mixin methods come for free.
import math
import operator
import numbers

for abc in (numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(abc.__name__, sorted(abc.__abstractmethods__))
    try:
        abc()
    except TypeError as e:
        print(e)
try:
    numbers.Number()
except TypeError as e:
    print(e)
print(numbers.Number.__hash__, numbers.Integral.__hash__)


class Partial(numbers.Real):
    def __float__(self):
        return 1.0


try:
    Partial()
except TypeError as e:
    print(e)


class Nat(numbers.Integral):
    """A natural number."""

    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Nat(%d)" % self.n

    def __int__(self):
        return self.n

    def __pow__(self, e, m=None):
        return Nat(pow(self.n, int(e), m))

    def __add__(self, o):
        return Nat(self.n + int(o))

    __radd__ = __add__

    def __mul__(self, o):
        return Nat(self.n * int(o))

    __rmul__ = __mul__

    def __neg__(self):
        return Nat(-self.n)

    def __pos__(self):
        return Nat(self.n)

    def __abs__(self):
        return Nat(abs(self.n))

    def __eq__(self, o):
        return self.n == int(o)

    def __lt__(self, o):
        return self.n < int(o)

    def __le__(self, o):
        return self.n <= int(o)

    def __floordiv__(self, o):
        return Nat(self.n // int(o))

    def __rfloordiv__(self, o):
        return Nat(int(o) // self.n)

    def __mod__(self, o):
        return Nat(self.n % int(o))

    def __rmod__(self, o):
        return Nat(int(o) % self.n)

    def __truediv__(self, o):
        return self.n / int(o)

    def __rtruediv__(self, o):
        return int(o) / self.n

    def __rpow__(self, b):
        return b ** self.n

    def __trunc__(self):
        return self.n

    def __floor__(self):
        return self.n

    def __ceil__(self):
        return self.n

    def __round__(self, ndigits=None):
        return self.n

    def __lshift__(self, o):
        return Nat(self.n << int(o))

    def __rlshift__(self, o):
        return int(o) << self.n

    def __rshift__(self, o):
        return Nat(self.n >> int(o))

    def __rrshift__(self, o):
        return int(o) >> self.n

    def __and__(self, o):
        return Nat(self.n & int(o))

    __rand__ = __and__

    def __xor__(self, o):
        return Nat(self.n ^ int(o))

    __rxor__ = __xor__

    def __or__(self, o):
        return Nat(self.n | int(o))

    __ror__ = __or__

    def __invert__(self):
        return Nat(~self.n)

    def conjugate(self):
        return +self


n = Nat(7)
print(n, isinstance(n, numbers.Integral), isinstance(n, numbers.Number), isinstance(n, int))
print(n - 2, 10 - n, divmod(n, 2), divmod(20, n))
print(float(n), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(n.__index__(), operator.index(n), bool(n), bool(Nat(0)))
print(math.floor(n), math.trunc(n), round(n))
try:
    hash(n)
except TypeError as e:
    print(e)
print(Nat.__doc__, [c.__name__ for c in Nat.__mro__ if c.__module__ == "numbers"])
