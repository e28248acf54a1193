# Arithmetic on bools that arrive through names, calls, parameters,
# attributes and containers, whose kind the front-end can't see: Python
# takes a bool as the int 0 or 1.
from decimal import Decimal
from fractions import Fraction
import threading


def is_even(n):
    return n % 2 == 0


def count(items, pred):
    total = 0
    for x in items:
        total += pred(x)
    return total


print(count(range(10), is_even))
flags = [x > 2 for x in range(5)]
print(flags[0] + flags[4], flags[4] * 10, 10 - flags[4], flags[4] / 2, 7 // flags[4], 7 % flags[4])
done = {"a": True, "b": False}
print(done["a"] + done["b"], done["a"] << 3, done["a"] ** 2, -done["a"])


class Task:
    def __init__(self):
        self.ok = True


t = Task()
print(t.ok * 10, 10 * t.ok, t.ok + 0.5, t.ok + 2**70)


def twice(v):
    return v * 2


print(twice(True), twice(False) + 1, twice("ab"))
e = threading.Event()
e.set()
print(e.is_set() + 1)
a, b = True, False
values = [a, b]
x, y = values
print(x & y, x | y, x ^ y, x & 3, 6 | y, repr(x & True))
print(Decimal("1.5") + x, Fraction(1, 2) + x, x + Fraction(1, 3))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Money(self.v + other)

    def __radd__(self, other):
        return Money(other + self.v)

    def __repr__(self):
        return f"Money({self.v})"


print(Money(5) + x, x + Money(5))
for op in ("/", "//", "%"):
    try:
        print(eval(f"1 {op} y"))
    except ZeroDivisionError as err:
        print(op, "ZeroDivisionError:", err)
for bad in ("x + 'ab'", "'ab' + x", "x + None", "[1] + x", "x @ x"):
    try:
        print(eval(bad))
    except TypeError as err:
        print("TypeError:", err)
answers = {"да": True, "нет": False}
score = 0
for word in ["да", "нет", "да"]:
    score += answers[word]
print("баллы:", score)
ok = sum(1 for f in flags if f) + flags[3]
print(ok)


def shifts(a, b):
    return a << b, a >> b


print(shifts(1, True), shifts(True, 2), shifts(8, flags[4]))
