# Полный набор операторов для вектора и матрицы: @, __index__, __int__/__float__/__round__/__trunc__, __format__
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __iter__(self):
        yield from (self.x, self.y, self.z)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r}, {self.z!r})"

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o))) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self, o)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self)) if isinstance(k, (int, float)) else NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(*(a / k for a in self))

    def __floordiv__(self, k):
        return Vec(*(a // k for a in self))

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self, o))

    def __neg__(self):
        return Vec(*(-a for a in self))

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __bool__(self):
        return any(self)

    def __round__(self, n=None):
        return Vec(*(round(a, n) for a in self))

    def __trunc__(self):
        return Vec(*(math.trunc(a) for a in self))

    def __format__(self, spec):
        if spec.endswith("p"):
            return "(" + "; ".join(format(a, spec[:-1]) for a in self) + ")"
        return "<" + ", ".join(format(a, spec) for a in self) + ">"


v, w = Vec(1, 2, 3), Vec(4.5, -1, 0.25)
print(v + w, v - w, 2 * v, v * 0.5)
print(v / 4, w // 2, -v, +v is v)
print(v @ w, abs(Vec(3, 4)), bool(Vec()), bool(v))
print(round(w), round(Vec(1.256, 2.5, -0.555), 2), math.trunc(Vec(1.9, -1.9, 0)))
print(f"{w:.2f}", f"{v:>4d}", f"{w:+.1fp}", format(v, ""))
print(v == Vec(1, 2, 3), v != w, len({v, Vec(1, 2, 3), w}))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * v
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)


letters = "абвгдеёжз"
print(letters[Idx(2)], letters[Idx(1):Idx(4)], [0, 1, 2, 3][Idx(-1):])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3))[-1])
print(int(Num(7.9)), float(Num("2.5")), math.sqrt(Num(16)))
print("%d|%x" % (Idx(42), Idx(42)), "ab" * int(Num(3)), chr(Idx(1071)))
