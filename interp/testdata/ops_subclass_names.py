# Operators that a subclass of str, bytes, list or int, or an IntEnum
# member, does not support: the message names the subclass, as the
# type's own methods refuse the other operand.
import enum


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Name(str):
    pass


class Blob(bytes):
    pass


class Row(list):
    pass


class Count(int):
    pass


def attempt(op, x, y):
    try:
        return repr(op(x, y))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


ops = {
    "+": lambda x, y: x + y, "-": lambda x, y: x - y, "*": lambda x, y: x * y,
    "/": lambda x, y: x / y,
    "&": lambda x, y: x & y,
}
values = [3, 2.5, "ab", None, [1], Level.HIGH, Name("ok"), Blob(b"z"), Row([7]), Count(4)]
for name, op in ops.items():
    for x in values:
        for y in values:
            print(f"{x!r} {name} {y!r} -> {attempt(op, x, y)}")

# a bool operand is named a bool, on either side
flags = [True, False]
for v in [Name("a"), Row([1]), Blob(b"c")]:
    for f in flags:
        for op in (ops["+"], ops["*"], ops["-"]):
            print(attempt(op, v, f), "|", attempt(op, f, v))
