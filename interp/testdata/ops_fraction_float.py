# A Fraction with a float or a complex: the arithmetic CPython falls
# back to (float(f) op x, complex(f) op z), its zero division messages,
# and the operators it refuses, named Fraction (or complex twice).
from fractions import Fraction


def attempt(op, x, y):
    try:
        return repr(op(x, y))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


ops = {
    "+": lambda x, y: x + y, "-": lambda x, y: x - y, "*": lambda x, y: x * y,
    "/": lambda x, y: x / y, "//": lambda x, y: x // y, "%": lambda x, y: x % y,
    "<<": lambda x, y: x << y, "&": lambda x, y: x & y,
}
half = Fraction(1, 2)
for name, op in ops.items():
    for other in [0.25, 0.0, -1.25, 2j, 0j, 3]:
        print(f"{half!r} {name} {other!r} -> {attempt(op, half, other)}")
        print(f"{other!r} {name} {half!r} -> {attempt(op, other, half)}")
print(Fraction(0) / 2.0, Fraction(3, 4) * 1j + 1)
