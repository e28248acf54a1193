"""Матрицы из списков строк."""


class РазмерОшибка(ValueError):
    pass


class Матрица:
    def __init__(self, строки):
        self.строки = [list(r) for r in строки]
        if len({len(r) for r in self.строки}) > 1:
            raise РазмерОшибка("строки разной длины")

    @property
    def размер(self):
        return (len(self.строки), len(self.строки[0]) if self.строки else 0)

    def __eq__(self, other):
        return isinstance(other, Матрица) and self.строки == other.строки

    def __repr__(self):
        return f"Матрица({self.строки})"

    def __add__(self, other):
        if self.размер != other.размер:
            raise РазмерОшибка(f"размеры {self.размер} и {other.размер} не совпадают")
        return Матрица([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.строки, other.строки)])

    def __matmul__(self, other):
        n, m = self.размер
        m2, k = other.размер
        if m != m2:
            raise РазмерОшибка(f"нельзя умножить {n}×{m} на {m2}×{k}")
        return Матрица([[sum(self.строки[i][t] * other.строки[t][j] for t in range(m)) for j in range(k)]
                        for i in range(n)])

    def транспонировать(self):
        return Матрица([list(c) for c in zip(*self.строки)])
