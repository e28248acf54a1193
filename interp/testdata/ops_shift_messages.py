# Shifts and bitwise operators that Python refuses: a bool shifted by a
# float or a str is named a bool, a negative count is a ValueError, and
# the other operand's type is its tp_name (collections.deque).
from collections import deque


def attempt(op, x, y):
    try:
        return repr(op(x, y))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


ops = {
    "<<": lambda x, y: x << y, ">>": lambda x, y: x >> y,
    "&": lambda x, y: x & y, "^": lambda x, y: x ^ y,
}
lefts = [True, False, 5, -8]
rights = [2, -1, 0.5, "s", None, deque([1]), [2]]
for name, op in ops.items():
    for x in lefts:
        for y in rights:
            print(f"{x!r} {name} {y!r} -> {attempt(op, x, y)}")
