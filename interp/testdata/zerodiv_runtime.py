# Division by zero names the float from the operands' run-time values
# where spindle can still see them when the error is caught or reported:
# the module's globals, and the variables of the function around the
# try statement whose body divided. (A parameter or local of a function
# the try body called has gone with its frame: see zerodiv_float.py for
# what the source alone shows.)
values = [float("2.5"), int("3"), float("-0.5")]
zero = int("0")
fzero = float("0")

for v in values:
    x = v
    try:
        x / zero
    except ZeroDivisionError as e:
        print(type(v).__name__, "/:", e)
    try:
        x // zero
    except ZeroDivisionError as e:
        print(type(v).__name__, "//:", e)
    try:
        x % zero
    except ZeroDivisionError as e:
        print(type(v).__name__, "%:", e)
    try:
        y = 7
        d = fzero if v == 3 else zero
        y /= d
    except ZeroDivisionError as e:
        print(type(v).__name__, "/= :", e)


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("divide", type(a).__name__, type(b).__name__, e)
    try:
        q = a // b
    except ZeroDivisionError as e:
        print("floor", type(a).__name__, type(b).__name__, e)


for a, b in [(1.5, 0), (3, 0), (3, 0.0), (0.0, 0)]:
    divide(a, b)


def outer(a):
    b = int("0")

    def inner():
        try:
            return a / b
        except ZeroDivisionError as e:
            print("closure", type(a).__name__, e)

    inner()


outer(2.0)
outer(2)
scale = float("4")


def use_global(d):
    try:
        return scale / d
    except ZeroDivisionError as e:
        print("global in def:", e)


use_global(0)


class Ratio:
    def __init__(self, top):
        self.top = top

    def check(self, bottom):
        top = self.top
        try:
            return top / bottom
        except ZeroDivisionError as e:
            print("method local", type(top).__name__, e)


Ratio(1.25).check(0)
Ratio(5).check(0)
total = float("10")
count = 0
print(total / count)
