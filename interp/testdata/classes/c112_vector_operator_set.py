import math


class Вектор:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Вектор({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if isinstance(other, Вектор):
            return Вектор(self.x + other.x, self.y + other.y)
        if other == 0:
            return self
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__ с", repr(other))
        return self.__add__(other)

    def __iadd__(self, other):
        if not isinstance(other, Вектор):
            return NotImplemented
        self.x += other.x
        self.y += other.y
        return self

    def __sub__(self, other):
        return self + (-other) if isinstance(other, Вектор) else NotImplemented

    def __neg__(self):
        return Вектор(-self.x, -self.y)

    def __pos__(self):
        return Вектор(+self.x, +self.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Вектор(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Вектор(self.x / k, self.y / k)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __round__(self, n=None):
        return Вектор(round(self.x, n), round(self.y, n))

    def __floor__(self):
        return Вектор(math.floor(self.x), math.floor(self.y))

    def __ceil__(self):
        return Вектор(math.ceil(self.x), math.ceil(self.y))

    def __trunc__(self):
        return Вектор(math.trunc(self.x), math.trunc(self.y))

    def __pow__(self, n, mod=None):
        r = Вектор(1, 1)
        for _ in range(n):
            r = Вектор(r.x * self.x, r.y * self.y)
        if mod is not None:
            r = Вектор(r.x % mod, r.y % mod)
        return r

    def __eq__(self, other):
        return isinstance(other, Вектор) and (self.x, self.y) == (other.x, other.y)

    def __bool__(self):
        return bool(self.x or self.y)


a, b = Вектор(3, 4), Вектор(-1.25, 2.75)
print(a + b, a - b, -a, +b, a * 2, 3 * a, a / 2)
print(a @ b, abs(a), round(b), round(b, 1), math.floor(b), math.ceil(b), math.trunc(b))
print(a ** 3, pow(a, 3), pow(a, 3, 10), a ** 0)
print(sum([a, b, Вектор(1, 1)]))
c = a
c += b
print(c, a, c is a)
print(bool(Вектор()), bool(a), Вектор() == Вектор(0, 0), a != b, a.__hash__)
for expr in ["a + 1", "a * 'к'", "'к' * a", "a @ 5", "a < b", "a - 1", "1 - a", "a / 0"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
d = Вектор(1, 2)
try:
    d += 5
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2), round(2.5), round(3.5), round(-0.5), round(1234.5678, -2))
