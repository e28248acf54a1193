# `x is None`, `x is not None`, `None is x` (lowered to None == x and
# None != x), `None == x` (lowered to x == None), `x is True/False`, for
# values of every kind, including classes whose __eq__ says yes to
# everything and classes named like the builtin types.
import collections
import decimal
import enum


class Eq:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__


class NoneType:
    def __eq__(self, other):
        print("  NoneType.__eq__", other)
        return True


class bool:  # noqa: shadows the builtin in this module only
    def __eq__(self, other):
        return True


class Loud:
    def __eq__(self, other):
        print("  Loud.__eq__", other)
        return NotImplemented


class Color(enum.Enum):
    RED = None


class Num(enum.IntEnum):
    ONE = 1


def noop():
    pass


values = [
    None, True, False, 0, 1, -1, 2**100, 0.0, 1.0, float("nan"), "", "None", b"", (),
    (None,), [], [None], {}, {None: None}, set(), frozenset(), range(0), Eq(), NoneType(),
    bool(), Loud(), Color.RED, Color.RED.value, Num.ONE, decimal.Decimal(0),
    collections.OrderedDict(), collections.deque(), noop, noop(), print, type(None), object(),
]

for v in values:
    name = type(v).__name__
    print(name, v is None, v is not None, None is v, None is not v, v is True, v is not False)
    print(" ", (v) is (None), not v is None, [v][0] is None, v is None is None)

# The same through every kind of variable: a parameter, a local, a cell,
# a global read from a function, an attribute, an item.
g = None


def through(p):
    loc = p
    cell = p

    def inner():
        return cell is None, cell is not None

    class Box:
        pass

    b = Box()
    b.a = p
    return p is None, loc is not None, inner(), g is None, b.a is None, [p][0] is not None


for v in [None, 0, Eq(), NoneType(), ""]:
    print(type(v).__name__, through(v))

# == None asks __eq__ of a class named NoneType, on either side, as
# CPython does (go.starlark.net asks no other class across types).
print(NoneType() == None, None == NoneType(), NoneType() != None, None != NoneType())

# A function's result, evaluated once.
calls = []


def f(x):
    calls.append(x)
    return x


print(f(None) is None, f(1) is not None, None is f(None), f(2) == None, None != f(3), calls)

# In conditions, while loops, comprehensions, lambdas.
xs = [None, 1, None, "a"]
print([x for x in xs if x is not None], sum(1 for x in xs if x is None))
print(list(filter(lambda x: x is None, xs)))
i = 0
while xs[i] is None or i == 1:
    i += 1
print(i)
k = None
if k is None:
    print("k is None")
if not k is not None:
    print("not k is not None")
