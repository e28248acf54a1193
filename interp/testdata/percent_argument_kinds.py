# printf-style % with one argument of every kind: an object that is
# subscripted as a mapping (dict, list, range, bytes, a class with
# __getitem__) takes no positional conversions, anything else is one
# argument; and a str subclass formats as a str does.
from collections import deque
import enum


class Level(enum.IntEnum):
    HIGH = 2


class Label(str):
    pass


class Table:
    def __getitem__(self, key):
        return key.upper()

    def __repr__(self):
        return "Table()"


def attempt(fmt, arg):
    try:
        return repr(fmt % arg)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


args = [7, 2.5, "s", b"b", None, [1], {"k": 1}, range(2), deque([1]), Level.HIGH,
        Label("x"), Table(), bytearray(b"a")]
for fmt in ["plain", "<%s>", "%(k)s!", Label("sub"), Label("<%r>"), b"raw", b"<%s>"]:
    for arg in args:
        print(f"{fmt!r} % {arg!r} -> {attempt(fmt, arg)}")
print(Label("%d items, %.1f%%") % (3, 99.5))
