# An object's binary method is called once, with a bool operand as it is,
# when it returns NotImplemented; int subclasses still add bools.
class C:
    def __add__(self, o):
        print("add", type(o).__name__)
        return NotImplemented
    def __sub__(self, o):
        print("sub", type(o).__name__)
        return NotImplemented
    def __radd__(self, o):
        print("radd", type(o).__name__)
        return NotImplemented
for f in (lambda: C() + "s", lambda: C() + True, lambda: True + C(), lambda: C() - 1, lambda: "s" + C(), lambda: C() + C()):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
x = C()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    True + "a"
except TypeError as e:
    print("TypeError:", e)
from enum import IntEnum
class E(IntEnum):
    A = 1
class I(int):
    pass
print(E.A + True, True + E.A, I(3) * True, False - I(2), E.A & True, True | E.A, I(5) // True, 2 ** I(2) + True)
x = E.A
x += True
print(x, type(x).__name__)
