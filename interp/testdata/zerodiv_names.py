# A division by zero is worded from its operands' types whatever they are
# reached through: parameters, *args, methods, locals, globals, // and %.
from decimal import Decimal
from fractions import Fraction


def div(a, b):
    return a / b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


for f in (div, floordiv, mod):
    for a, b in ((1, 0), (1.5, 0), (1, 0.0), (2.0, -0.0), (True, False), (7, False)):
        try:
            f(a, b)
        except ZeroDivisionError as e:
            print(f.__name__, repr(a), repr(b), "->", e)

args = (3.0, 0)
try:
    div(*args)
except ZeroDivisionError as e:
    print("*args:", e)


class Stats:
    def __init__(self, values):
        self.values = values

    def mean(self):
        total = sum(self.values)
        n = len(self.values)
        return total / n

    def scaled(self, k):
        return self.values[0] / k


for vals in ([], [1.5, 2.5]):
    try:
        print(Stats(vals).mean())
    except ZeroDivisionError as e:
        print("mean:", e)
try:
    Stats([2.5]).scaled(0)
except ZeroDivisionError as e:
    print("scaled:", e)

x, zero = 0.0, 0
try:
    print(1 / x)
except ZeroDivisionError as e:
    print("global float:", e)
try:
    print(10 // zero, "never")
except ZeroDivisionError as e:
    print("global int:", e)
try:
    print(2.5 % zero)
except ZeroDivisionError as e:
    print("float % int:", e)


def literal(v):
    return v / 0


for v in (1, 1.0):
    try:
        literal(v)
    except ZeroDivisionError as e:
        print("literal:", e)

# What the operands define runs as written, zero or not.
n = 0
print("%d items" % n, "%s" % zero, "%05.1f" % x)
fmt = "%d-%d"
print(fmt % (n, n))


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __truediv__(self, k):
        return "Vec / %r" % (k,)

    def __rfloordiv__(self, k):
        return "%r // Vec" % (k,)


print(Vec(1) / zero, zero // Vec(2), Vec(1) / 0)
try:
    Decimal(1) / zero
except ZeroDivisionError as e:
    print("Decimal:", type(e).__name__, isinstance(e, ArithmeticError))
try:
    Fraction(1, 2) / zero
except ZeroDivisionError as e:
    print("Fraction:", e)
try:
    divmod(1.5, zero)
except ZeroDivisionError as e:
    print("divmod:", e)
b = 0
a = 2
a //= 1
print(a, a / 1.0, a % 3, -a // 3, 7 % -a)
print(div(1, 3), floordiv(-7, 2), mod(-7, 2), mod(7.5, 2))
print(floordiv(a, b))
