# An IntEnum member ordered against values an int cannot be ordered
# with, and divided by a zero: the TypeError names the enum class, the
# ZeroDivisionError is the float's or the int's.
import enum


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 3


def attempt(op, x, y):
    try:
        return repr(op(x, y))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


ops = {
    "<": lambda x, y: x < y, ">=": lambda x, y: x >= y, "==": lambda x, y: x == y,
    "/": lambda x, y: x / y, "//": lambda x, y: x // y, "%": lambda x, y: x % y,
}
values = [Priority.HIGH, 2, 0, 0.0, 2.5, 1j, "high", None, [3], Priority.LOW]
for name, op in ops.items():
    for x in values:
        for y in values:
            if (isinstance(x, Priority) or isinstance(y, Priority)) and not isinstance(x, str):
                print(f"{x!r} {name} {y!r} -> {attempt(op, x, y)}")
print(sorted([Priority.HIGH, 2, Priority.LOW, 0.5]))
