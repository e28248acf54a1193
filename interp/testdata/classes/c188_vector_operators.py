# A 2-D vector class from a course: reflected and in-place operators,
# NotImplemented fallbacks, __matmul__, __abs__, __round__, __bool__.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    __hash__ = None

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        print("  (rmul)", end=" ")
        return self * k

    def __matmul__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x * other.x + self.y * other.y

    def __iadd__(self, other):
        print("  (iadd)", end=" ")
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))

    def __iter__(self):
        yield self.x
        yield self.y


a, b = Vec(1, 2), Vec(3.5, -1)
print(a + b, a - b, a * 3, sum([a, b, Vec(1, 1)]))
print(2 * a)
print(a @ b, abs(Vec(3, 4)), -a, bool(Vec()), bool(a))
c = a
c += b
print(c, a is c)
c -= Vec(1, 1)
print(c, a is c, a)
print(round(Vec(1.26, 2.71), 1), round(Vec(2.5, 3.5)), tuple(b), [*a, *b])
x, y = Vec(7, 8)
print(x, y, Vec(1, 2) == Vec(1, 2), Vec(1, 2) == (1, 2), Vec(1, 2) != Vec(2, 1))
for bad in ["a - 1", "a * b", "a @ 3", "'s' + a", "hash(a)", "a < b"]:
    try:
        eval(bad)
    except TypeError as e:
        print(f"{bad}: {e}")
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Vec.__slots__, hasattr(a, "__dict__"), sorted(dir(a))[-4:])
