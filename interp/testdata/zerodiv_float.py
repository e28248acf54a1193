# Division by zero names the float when an operand is visibly a float:
# a float literal, float(...), a true division's result, a float-valued
# call (time.time(), math.sqrt), or a name every assignment of which
# gives one of those, in the failing function or the module.
import math
import time


def show(label, f):
    try:
        print(label, "->", f())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)


show("1 / 0", lambda: 1 / 0)
show("1.0 / 0", lambda: 1.0 / 0)
show("1 / 0.0", lambda: 1 / 0.0)
show("-1.5 / 0", lambda: -1.5 / 0)
show("1 // 0", lambda: 1 // 0)
show("1.0 // 0", lambda: 1.0 // 0)
show("1 // -0.0", lambda: 1 // -0.0)
show("1 % 0", lambda: 1 % 0)
show("1.0 % 0", lambda: 1.0 % 0)
show("1 % 0.0", lambda: 1 % 0.0)
show("divmod(1, 0)", lambda: divmod(1, 0))
show("divmod(1.0, 0)", lambda: divmod(1.0, 0))
show("divmod(1, 0.0)", lambda: divmod(1, 0.0))
show("0.0 ** -1", lambda: 0.0 ** -1)
show("0 ** -1", lambda: 0 ** -1)
show("float('3') / 0", lambda: float("3") / 0)

rate = 2.5
count = 4
zero = 0
fzero = 0.0
show("rate / zero", lambda: rate / zero)
show("count / zero", lambda: count / zero)
show("count / fzero", lambda: count / fzero)
show("rate // zero", lambda: rate // zero)
show("count // zero", lambda: count // zero)
show("rate % zero", lambda: rate % zero)


def average(total, n):
    mean = total / n    # a true division is a float...
    return mean


def spread(values):
    lo = min(values) * 1.0
    width = 0
    return (max(values) - lo) / width


def elapsed():
    start = time.time()
    took = time.time() - start
    steps = 0
    return took // steps


def scaled():
    x = 3.0
    x = x * 2
    x /= 0
    return x


def counted():
    n = 6
    n //= 0
    return n


def floored():
    k = 7.0
    k //= 0
    return k


def root():
    r = math.sqrt(16)
    return r / 0


def mixed(flag):
    v = 1 if flag else 2.5
    return v / 0


show("average(1, 0)", lambda: average(1, 0))
show("spread", lambda: spread([1, 2, 3]))
show("elapsed", elapsed)
show("scaled", scaled)
show("counted", counted)
show("floored", floored)
show("root", root)
show("mixed(True)", lambda: mixed(True))
