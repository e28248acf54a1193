# Матрица: __getitem__ с кортежем, __matmul__, __eq__, __iter__, __len__, __contains__
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("строки матрицы разной длины")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __contains__(self, value):
        return any(value in r for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"размеры не совпадают: {self.shape} и {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])

    def __mul__(self, k):
        return Matrix([[k * a for a in r] for r in self])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("нельзя перемножить")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    T = property(transpose)

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in r) + "]" for r in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = Matrix([[7, 8], [9, 10], [11, 12]])
print(a, a.shape, len(a), sep="\n")
print(a @ b)
print(repr(a.T), a.T == a.transpose(), a == Matrix([[1, 2, 3], [4, 5, 6]]))
print(2 * a, a * 3, sep="\n")
print(a + a, 5 in a, 10 in a)
a[0, 0] = 100
print(a[0, 0], a[1, 2], a.rows[0])
print(Matrix.identity(3))
print(Matrix.zeros(2, 2) == Matrix([[0, 0], [0, 0]]), Matrix.identity(2) @ b.T == b.T)
for err_case in (lambda: a + b, lambda: a @ a, lambda: Matrix([[1], [2, 3]]), lambda: Matrix([])):
    try:
        err_case()
    except ValueError as e:
        print("ValueError:", e)
try:
    a[5, 0]
except IndexError as e:
    print("IndexError:", e)
try:
    a @ 3
except AttributeError as e:
    print("AttributeError:", e)
print([sum(r) for r in a], max(max(r) for r in a), list(map(len, a)))
flat = [x for row in a for x in row]
print(flat, sorted(flat, reverse=True)[:3])
