# A missing attribute of a class, user-defined or builtin, is "type
# object 'A' has no attribute 'x'", as in CPython, however it is read.
class A:
    value = 1

    def meth(self):
        return 2


class B(A):
    pass


for f in [lambda: A.missing, lambda: B.meht, lambda: int.foo, lambda: str.nope,
          lambda: getattr(A, "y"), lambda: getattr(int, "bar"), lambda: A().zz]:
    try:
        f()
    except AttributeError as e:
        print(e, "|", e.name)
print(B.value, getattr(B, "zz", 5), hasattr(B, "meth"), hasattr(A, "q"), hasattr(int, "q"))
print(A.__name__, A.__doc__, B.meth(B()))
import math
try:
    math.zz
except AttributeError as e:
    print(e)
B.valeu
