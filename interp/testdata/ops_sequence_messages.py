# Sequences under + and *, and containment tests, across types: deque
# concatenation and repetition, bytes' own messages, and the names of
# the types in CPython's messages (collections.deque, decimal.Decimal).
from collections import deque
from decimal import Decimal


def attempt(op, x, y):
    try:
        return repr(op(x, y))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


ops = {
    "+": lambda x, y: x + y, "*": lambda x, y: x * y, "-": lambda x, y: x - y,
    "<": lambda x, y: x < y, "in": lambda x, y: x in y,
}
values = [2, 2.5, "ab", b"xy", None, [1], (2,), deque([3, 4]), Decimal("1.5")]
for name, op in ops.items():
    for x in values:
        for y in values:
            print(f"{x!r} {name} {y!r} -> {attempt(op, x, y)}")

# a bounded deque keeps its maxlen through + and *
window = deque([1, 2, 3], maxlen=4)
print(window + deque([4, 5]), window * 3, 0 * window, -2 * window)
print(deque("ab") * 2, 3 * deque(), deque([1]) + deque("xy"))
try:
    deque([1]) * 2**70
except OverflowError as e:
    print("OverflowError:", e)

# an int looked up in bytes is a byte value
for n in [120, -3, 256, 2**70]:
    try:
        print(n, n in b"xy")
    except ValueError as e:
        print(n, "ValueError:", e)
