# A failed assert marks what CPython 3.11 marks: the last comparison its
# jump compiler reaches through not/and/or/if-else, else the statement.
import traceback


def f(v):
    return v


x, y = 0, 0


def check(code):
    try:
        code()
    except AssertionError:
        lines = traceback.format_exc().splitlines()[-3:]
        print("\n".join(line for line in lines if not line.startswith("  File")))


def a1():
    assert x + 1 == 5 and y


def a2():
    assert y and x == 5


def a3():
    assert f(x)


def a4():
    assert not x == 0


def a5():
    assert x < 0 < 1


def a6():
    assert (x if y else x == 1)


def a7():
    assert x is not None and y, "message"


def a8():
    if True: assert ()


def a9():
    assert not x is y


def a10():
    assert y < x < 3 and x < y < 5


def a11():
    assert x < f(1) < 5 or f(y)


def a12():
    if x == 0: assert x


for fn in [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12]:
    check(fn)
