# Матрица с полным набором операторов: @, **, ==, in, индексы-кортежи, __iter__, __bool__, __format__
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("строки разной длины")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self.rows[i][j]
        return self.rows[key]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __iter__(self):
        return (x for row in self.rows for x in row)

    def __contains__(self, x):
        return any(x in row for row in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"размеры {self.shape} и {other.shape} не совпадают")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[x * k for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"нельзя умножить {self.shape} на {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __neg__(self):
        return self * -1

    def __bool__(self):
        return any(self)

    def __len__(self):
        return self.shape[0]

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def __format__(self, spec):
        cells = [[format(x, spec) for x in row] for row in self.rows]
        w = max(len(c) for row in cells for c in row)
        return "\n".join("│" + " ".join(c.rjust(w) for c in row) + "│" for row in cells)

    def __repr__(self):
        return f"Matrix({self.rows})"


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A * 2, 3 * B, -A)
print(A @ B, B @ A, A @ Matrix.identity(2) == A)
fib = Matrix([[1, 1], [1, 0]]) ** 10
print(fib, fib[0, 1], fib[1][0])
print(A.shape, len(A), 4 in A, 5 in A, list(A), sum(A), max(A))
print(bool(Matrix([[0, 0]])), bool(A), A.transpose())
A[0, 0] = 10
print(A, A == Matrix([[10, 2], [3, 4]]), A != B)
print(f"{Matrix([[1.5, -2], [3, 4.25]]):.2f}")
print(f"{Matrix.identity(3):d}")
for bad in [lambda: A + Matrix([[1, 2, 3]]), lambda: A @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    A @ 2
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
