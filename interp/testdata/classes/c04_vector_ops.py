# Вектор: перегрузка операторов, __radd__/__iadd__/__mul__/__neg__/__abs__/__bool__
import math
from functools import total_ordering


@total_ordering
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return f"({format(self.x, spec)}, {format(self.y, spec)})"

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vector(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __iadd__(self, other):
        print("  __iadd__")
        self.x += other.x
        self.y += other.y
        return self

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return Vector(self.x, self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y


a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, -a, +b, abs(a))
print(repr(a / 2), f"{a / 3:.3f}", f"[{b:>4}]", format(a, "05d"))
print(sum([a, b, Vector(10, 10)]))
print(a + 1, bool(Vector()), bool(b), not Vector(0, 0))
c = a
c += b
print(c, a, c is a)
print(a == Vector(4, 2), a != b, a == "вектор", a > b, a <= b, a >= a)
vs = [Vector(5, 5), Vector(0, 1), Vector(-3, 0), Vector(2, 2)]
print(sorted(vs), max(vs), min(vs))
print(len({Vector(1, 1), Vector(1, 1), Vector(1, 2)}))
x, y = a
print(x, y, list(b), tuple(Vector(7, 8)))
try:
    a + "строка"
except TypeError as e:
    print("TypeError:", e)
try:
    "строка" - a
except TypeError as e:
    print("TypeError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "__dict__"), Vector.__slots__)
print(Vector(1, 1) < Vector(2, 2), Vector(3, 0) >= Vector(0, 3))
