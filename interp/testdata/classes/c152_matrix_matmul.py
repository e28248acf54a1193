# class Матрица: __matmul__, m[i, j], __setitem__, __iter__, __eq__/__hash__, __bool__
class Матрица:
    def __init__(self, строки):
        строки = [list(с) for с in строки]
        if not строки or any(len(с) != len(строки[0]) for с in строки):
            raise ValueError("строки матрицы должны быть одной длины")
        self._д = строки

    @classmethod
    def единичная(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def размер(self):
        return len(self._д), len(self._д[0])

    def __getitem__(self, ключ):
        if isinstance(ключ, tuple):
            i, j = ключ
            if isinstance(i, slice) or isinstance(j, slice):
                строки = self._д[i] if isinstance(i, slice) else [self._д[i]]
                return Матрица([с[j] if isinstance(j, slice) else [с[j]] for с in строки])
            return self._д[i][j]
        return tuple(self._д[ключ])

    def __setitem__(self, ключ, значение):
        if not isinstance(ключ, tuple) or len(ключ) != 2:
            raise TypeError(f"индекс матрицы — пара (i, j), а не {ключ!r}")
        i, j = ключ
        self._д[i][j] = значение

    def __iter__(self):
        for строка in self._д:
            yield tuple(строка)

    def __len__(self):
        return len(self._д)

    def __matmul__(self, other):
        if not isinstance(other, Матрица):
            return NotImplemented
        n, m = self.размер
        m2, k = other.размер
        if m != m2:
            raise ValueError(f"несогласованные размеры {n}x{m} и {m2}x{k}")
        return Матрица([[sum(self[i, t] * other[t, j] for t in range(m)) for j in range(k)] for i in range(n)])

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Матрица([other]) @ self
        return NotImplemented

    def __imatmul__(self, other):
        self._д = (self @ other)._д
        return self

    def __mul__(self, k):
        return Матрица([[x * k for x in с] for с in self._д])

    __rmul__ = __mul__

    def __add__(self, other):
        return Матрица([[x + y for x, y in zip(a, b)] for a, b in zip(self._д, other._д)])

    def __pow__(self, n):
        р = Матрица.единичная(len(self))
        for _ in range(n):
            р = р @ self
        return р

    def __eq__(self, other):
        return isinstance(other, Матрица) and self._д == other._д

    def __hash__(self):
        return hash(tuple(map(tuple, self._д)))

    def __bool__(self):
        return any(any(с) for с in self._д)

    def __contains__(self, x):
        return any(x in с for с in self._д)

    def транспонированная(self):
        return Матрица(zip(*self._д))

    def __repr__(self):
        return f"Матрица({self._д!r})"

    def __str__(self):
        ширина = max(len(str(x)) for с in self._д for x in с)
        return "\n".join("│ " + " ".join(f"{x:>{ширина}}" for x in с) + " │" for с in self._д)


A = Матрица([[1, 2], [3, 4]])
B = Матрица([[0, 1], [1, 0]])
print(A @ B, repr(A @ B), sep="\n")
print(A[0, 1], A[1], A[-1, -1], A[:, 0], A[0:1, :], A[1, ::-1])
A2 = Матрица([[1, 2], [3, 4]])
A2[0, 0] = 10
print(A2, list(A2), len(A2), A2.размер)
print(A == Матрица([[1, 2], [3, 4]]), A != B, hash(A) == hash(Матрица([[1, 2], [3, 4]])))
print(len({A, Матрица([[1, 2], [3, 4]]), B}), {A: "А"}.get(Матрица([[1, 2], [3, 4]])))
print(bool(Матрица([[0, 0], [0, 0]])), bool(A), 4 in A, 7 in A)
print(A ** 3, 2 * A, A * 3, A + B, A.транспонированная(), sep="\n")
print([1, 1] @ A)
C = Матрица.единичная(2)
C @= A
C @= B
print(repr(C))
for i, (x, y) in enumerate(A):
    print(i, x, y)
try:
    A @ Матрица([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    A @ 5
except TypeError as e:
    print("TypeError:", e)
try:
    A[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    Матрица([[1], [2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    A[5, 0]
except IndexError as e:
    print("IndexError:", e)
print(sorted([B, A], key=lambda m: m[0, 0]), max(A), sum(A[1]))
