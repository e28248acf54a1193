# x @= y: __imatmul__, else __matmul__/__rmatmul__, else CPython's
# TypeError naming @=. The parts a __getitem__ or __setitem__ unpacks
# its key to (i, j = key) may be slices.
class М:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return М(self.v * o.v)

    def __repr__(self):
        return f"М({self.v})"


class Н(М):
    def __imatmul__(self, o):
        self.v += o.v
        return self


class Таблица:
    def __init__(self):
        self.строки = [list("абв"), list("где"), list("ёжз")]

    def __getitem__(self, key):
        i, j = key
        if isinstance(i, slice):
            return [с[j] for с in self.строки[i]]
        return self.строки[i][j]

    def __setitem__(self, key, value):
        (i, j) = key
        self.строки[i][j] = value


a = b = М(3)
a @= М(4)
print(a, b, a is b)
n = m = Н(3)
n @= М(4)
print(n, m, n is m)
t = Таблица()
print(t[1, 2], t[0:2, 1], t[::2, ::-1], t[-1, 1:])
t[0, 1:] = ["Б", "В"]
print(t.строки[0], t[:, 0])
for x, y in [(2, 3), ([1], М(1)), ("с", М(1))]:
    try:
        x @= y
    except TypeError as e:
        print("TypeError:", e)
