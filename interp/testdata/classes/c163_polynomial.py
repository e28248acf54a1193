# class Многочлен: __call__, __getitem__, арифметика, __format__ с именем переменной
from itertools import zip_longest
from fractions import Fraction


class Многочлен:
    def __init__(self, *коэф):
        к = list(коэф)
        while len(к) > 1 and к[-1] == 0:
            к.pop()
        self.к = tuple(к) or (0,)

    @property
    def степень(self):
        return len(self.к) - 1 if self.к != (0,) else -1

    def __call__(self, x):
        r = 0
        for c in reversed(self.к):
            r = r * x + c
        return r

    def __getitem__(self, i):
        return self.к[i] if 0 <= i < len(self.к) else 0

    def __iter__(self):
        return iter(self.к)

    def __len__(self):
        return len(self.к)

    def __add__(self, o):
        if isinstance(o, (int, float, Fraction)):
            o = Многочлен(o)
        if not isinstance(o, Многочлен):
            return NotImplemented
        return Многочлен(*(a + b for a, b in zip_longest(self.к, o.к, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Многочлен(*(-c for c in self.к))

    def __sub__(self, o):
        return self + (-o)

    def __rsub__(self, o):
        return -self + o

    def __mul__(self, o):
        if isinstance(o, (int, float, Fraction)):
            return Многочлен(*(c * o for c in self.к))
        if not isinstance(o, Многочлен):
            return NotImplemented
        r = [0] * (len(self.к) + len(o.к) - 1)
        for i, a in enumerate(self.к):
            for j, b in enumerate(o.к):
                r[i + j] += a * b
        return Многочлен(*r)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Многочлен(1)
        for _ in range(n):
            r = r * self
        return r

    def производная(self):
        return Многочлен(*(i * c for i, c in enumerate(self.к) if i)) if len(self.к) > 1 else Многочлен(0)

    def __eq__(self, o):
        if isinstance(o, (int, float)):
            return self.к == (o,)
        return isinstance(o, Многочлен) and self.к == o.к

    def __hash__(self):
        return hash(self.к)

    def __bool__(self):
        return self.к != (0,)

    def __repr__(self):
        return f"Многочлен{self.к}"

    def __format__(self, spec):
        x = spec or "x"
        члены = []
        for i in range(len(self.к) - 1, -1, -1):
            c = self.к[i]
            if c == 0 and len(self.к) > 1:
                continue
            знак = "-" if c < 0 else "+"
            c = abs(c)
            тело = ("" if c == 1 and i else str(c)) + (x if i else "") + (f"^{i}" if i > 1 else "")
            члены.append((знак, тело))
        первый = ("-" if члены[0][0] == "-" else "") + члены[0][1]
        return " ".join([первый] + [f"{з} {т}" for з, т in члены[1:]])

    def __str__(self):
        return format(self)


p = Многочлен(1, -3, 0, 2)
q = Многочлен(0, 1)
print(p, repr(p), p.степень, p(2), p(Fraction(1, 2)), p[1], p[10], list(p), len(p))
print(p + q, p - p, (p - p).степень, p * q, q ** 3, 2 * q + 1, 1 - q, -p, f"{p:t}", f"{q ** 2 - 1:z}")
print(p.производная(), p.производная().производная(), Многочлен(5).производная(), bool(p - p), bool(q))
print(p == Многочлен(1, -3, 0, 2, 0, 0), Многочлен(7) == 7, {p: "p"}[Многочлен(1, -3, 0, 2)], len({p, p * 1, q}))
print([f"{(q - k) * (q + k)}" for k in range(1, 4)], sorted([p, q, q ** 2], key=lambda m: m.степень))
корни = [x for x in range(-3, 4) if (q - 1) * (q + 2) * (q - 3)(x) == 0] if False else [x for x in range(-3, 4) if ((q - 1) * (q + 2) * (q - 3))(x) == 0]
print(корни, Многочлен(Fraction(1, 2), 0, Fraction(-3, 4)), Многочлен(0.5, 1.5)(2))
try:
    p + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    p * [1]
except TypeError as e:
    print("TypeError:", e)
