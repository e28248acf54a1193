# Операторы: отражённые, составные, NotImplemented, @, сравнения и их TypeError
import functools


class Матрица:
    def __init__(self, строки):
        self.с = [list(r) for r in строки]

    def __repr__(self):
        return f"Матрица({self.с})"

    def __eq__(self, other):
        if not isinstance(other, Матрица):
            return NotImplemented
        return self.с == other.с

    __hash__ = None

    def __matmul__(self, other):
        if isinstance(other, Матрица):
            return Матрица([[sum(a * b for a, b in zip(r, col)) for col in zip(*other.с)] for r in self.с])
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(r, other)) for r in self.с]
        return NotImplemented

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(other, col)) for col in zip(*self.с)]
        return NotImplemented

    def __imatmul__(self, other):
        self.с = (self @ other).с
        return self

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Матрица([[x * k for x in r] for r in self.с])
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1


A = Матрица([[1, 2], [3, 4]])
B = Матрица([[0, 1], [1, 0]])
print(A @ B, A @ [1, 1], [1, 1] @ A, 2 * A, A * 0.5, -A, A == Матрица([[1, 2], [3, 4]]), A != B, A == "x")
C = A
C @= B
print(C is A, A)
for выражение in (lambda: A @ 5, lambda: "x" * A, lambda: A * "x", lambda: A < B, lambda: {A}, lambda: A + A):
    try:
        выражение()
    except TypeError as e:
        print("TypeError:", e)


@functools.total_ordering
class Версия:
    def __init__(self, s):
        self.части = tuple(int(x) for x in s.split("."))

    def __eq__(self, other):
        if isinstance(other, str):
            other = Версия(other)
        if not isinstance(other, Версия):
            return NotImplemented
        return self.части == other.части

    def __lt__(self, other):
        if isinstance(other, str):
            other = Версия(other)
        if not isinstance(other, Версия):
            return NotImplemented
        return self.части < other.части

    def __hash__(self):
        return hash(self.части)

    def __repr__(self):
        return "v" + ".".join(map(str, self.части))


v = [Версия("1.10"), Версия("1.2"), Версия("1.2.1"), Версия("0.9")]
print(sorted(v), max(v), Версия("1.2") <= "1.2", Версия("2.0") > "1.99", "1.5" < Версия("1.10"), Версия("1.0") >= Версия("1.0.0"))
print(Версия("1.2") == "1.2", "1.2" == Версия("1.2"), Версия("3") in ["3", "4"], v.index("1.2.1"), sorted(v, reverse=True)[0])
try:
    Версия("1.0") < 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 >= Версия("1.0")
except TypeError as e:
    print("TypeError:", e)


class Счёт:
    def __init__(self, n=0):
        self.n = n

    def __add__(self, other):
        print("  __add__", type(other).__name__)
        if isinstance(other, int):
            return Счёт(self.n + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__", type(other).__name__)
        return self + other

    def __iadd__(self, other):
        print("  __iadd__", type(other).__name__)
        if isinstance(other, Счёт):
            self.n += other.n
            return self
        return NotImplemented

    def __repr__(self):
        return f"Счёт({self.n})"


class Особый(Счёт):
    def __radd__(self, other):
        print("  Особый.__radd__")
        return Особый(other.n * 100 if isinstance(other, Счёт) else other)


s = Счёт(1)
t = s
s += 2
print(s, t, s is t)
s += Счёт(5)
print(s, sum([Счёт(1), 2, 3], 10) if False else "-", 10 + Счёт(1), Счёт(2) + Особый(3))
try:
    s += "x"
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a", 2.5])
except TypeError as e:
    print("TypeError:", e)
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [Версия("1")] == ["1"], (Версия("2"),) > ("1.9",))
