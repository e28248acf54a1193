# Числовой протокол: матрица с __matmul__, __getitem__ по кортежу, __format__, __round__, __index__
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self.rows[i][j]
        return self.rows[key]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"размеры не согласованы: {self.n}×{self.m} @ {other.n}×{other.m}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)] for i in range(self.n)])

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[x * k for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __pow__(self, p):
        result = Matrix.identity(self.n)
        for _ in range(p):
            result = result @ self
        return result

    def __neg__(self):
        return self * -1

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __iter__(self):
        return (x for row in self.rows for x in row)

    def __round__(self, nd=0):
        return Matrix([[round(x, nd) for x in row] for row in self.rows])

    def __format__(self, spec):
        return "\n".join(" ".join(format(x, spec) for x in row) for row in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
b = Matrix.identity(2)
print(a @ b == a, a @ a, a * 2, 3 * a, -a, a ** 3)
print(f"{a:>4}")
print(f"{Matrix([[1 / 3, 2 / 3]]):.3f}")
print(round(Matrix([[1.2345, 2.5], [3.5, -0.5]]), 1), round(Matrix([[2.5, 3.5]])))
a[0, 1] = 20
print(a[0], a[0, 1], a[-1][-1], sum(a), max(a), 20 in a, list(a))
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    a * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a + a
except TypeError as e:
    print("TypeError:", e)
try:
    a @ 2
except TypeError as e:
    print("TypeError:", e)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v * 100

    def __float__(self):
        return self.v / 2


i = Index(2)
print("абвгд"[i], [10, 20, 30][i], range(10)[i], bin(i), hex(i), int(i), float(i), "ёж" * i)
print((3).real, (3).imag, (3).conjugate(), (3).numerator, (3).denominator, (2.5).real, (2.5).is_integer())
print((-7).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).as_integer_ratio())
print(divmod(-7, 2), -7 // 2, -7 % 2, round(2.675, 2), round(-0.5), round(1.5), abs(-3.0), pow(2, -1), pow(3, 4, 5))
print(1e16, 1.0e-5, 123456789.0 * 10, 0.1 + 0.2, 2 ** 0.5, 10 / 4, 7 // 2.0, float("inf") > 10**100, -0.0)
print(f"{1234567.891:,.2f}", f"{0.25:%}", f"{42:08b}", f"{255:#x}", f"{-5:+d}", f"{3.0:g}", f"{1e-7:.2e}", f"{12:^7d}|")
