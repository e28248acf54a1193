from fractions import Fraction
from itertools import product


class ОшибкаРазмерности(ValueError):
    def __init__(self, операция, a, b):
        super().__init__(f"{операция}: несовместимые размеры {a} и {b}")
        self.размеры = (a, b)


class Матрица:
    __hash__ = None

    def __init__(self, строки):
        self.строки = [list(map(Fraction, с)) for с in строки]
        self.n, self.m = len(self.строки), len(self.строки[0])

    @classmethod
    def единичная(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def размер(self):
        return f"{self.n}×{self.m}"

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                строки = self.строки[i] if isinstance(i, slice) else [self.строки[i]]
                return Матрица([с[j] if isinstance(j, slice) else [с[j]] for с in строки])
            return self.строки[i][j]
        return tuple(self.строки[key])

    def __setitem__(self, key, value):
        i, j = key
        self.строки[i][j] = Fraction(value)

    def __iter__(self):
        return (tuple(с) for с in self.строки)

    def __contains__(self, x):
        return any(x in с for с in self.строки)

    def __eq__(self, other):
        if not isinstance(other, Матрица):
            return NotImplemented
        return self.строки == other.строки

    def __matmul__(self, other):
        if not isinstance(other, Матрица):
            return NotImplemented
        if self.m != other.n:
            raise ОшибкаРазмерности("умножение", self.размер, other.размер)
        return Матрица([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)]
                        for i in range(self.n)])

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Матрица([other]) @ self
        return NotImplemented

    def __imatmul__(self, other):
        результат = self @ other
        self.строки, self.n, self.m = результат.строки, результат.n, результат.m
        return self

    def __pow__(self, k):
        if self.n != self.m:
            raise ОшибкаРазмерности("степень", self.размер, self.размер)
        результат = Матрица.единичная(self.n)
        for _ in range(k):
            результат = результат @ self
        return результат

    def транспонировать(self):
        return Матрица(list(zip(*self.строки)))

    def определитель(self):
        if self.n == 1:
            return self[0, 0]
        return sum((-1) ** j * self[0, j] * Матрица([с[:j] + с[j + 1:] for с in self.строки[1:]]).определитель()
                   for j in range(self.m))

    def __repr__(self):
        ширина = max(len(str(x)) for с in self.строки for x in с)
        return "\n".join("│ " + " ".join(f"{str(x):>{ширина}}" for x in с) + " │" for с in self.строки)


А = Матрица([[1, 2], [3, 4]])
Б = Матрица([[0, 1], [1, 0]])
print(А @ Б, А ** 3, sep="\n")
print(А[1, 0], А[0], А[:, 1].строки, А[1:, :].размер, (А @ Б)[0, 1], Fraction(4) in А, Fraction(1, 2) in А)
print(А.определитель(), Матрица([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).определитель(), А.транспонировать() == Матрица([[1, 3], [2, 4]]))
С = Матрица([[1, 2, 3]])
print([1, 1] @ А, С.размер, list(С), (С @ С.транспонировать())[0, 0])
В = Матрица([[1, 1], [0, 1]])
исходная = В
В @= В
В[0, 0] = "1/2"
print(В, В is исходная, В == Матрица([[Fraction(1, 2), 2], [0, 1]]), sep="\n")
for описание, действие in [("С @ А", lambda: С @ А), ("С ** 2", lambda: С ** 2), ("А @ 2", lambda: А @ 2),
                           ("hash", lambda: hash(А)), ("А < Б", lambda: А < Б), ("'x' @ А", lambda: "x" @ А)]:
    try:
        действие()
    except ОшибкаРазмерности as e:
        print(описание, "->", e, e.размеры, isinstance(e, ValueError))
    except TypeError as e:
        print(описание, "-> TypeError:", e)
print(sum(А[i, j] for i, j in product(range(2), repeat=2)), Матрица.единичная(3)[2])
