# The values special methods return are checked as CPython checks them:
# __bool__ (of an instance or of a class, through its metaclass) must
# return a bool, __len__ an int >= 0, __repr__/__str__/__format__ a str;
# __index__ may return a bool (deprecated).
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class A:
    def __bool__(self):
        return "yes"


class L:
    def __len__(self):
        return -1


class M(type):
    def __bool__(cls):
        return 1


class C(metaclass=M):
    pass


class I:
    def __index__(self):
        return True


class R:
    def __repr__(self):
        return 5


class S:
    def __str__(self):
        return None


class F:
    def __format__(self, spec):
        return 1


class Ln:
    def __len__(self):
        return "3"


class It:
    def __iter__(self):
        return 5


class Co:
    def __contains__(self, x):
        return []


for f in (lambda: bool(A()), lambda: bool(L()), lambda: bool(C), lambda: repr(R()), lambda: str(S()),
          lambda: format(F()), lambda: len(Ln()), lambda: iter(It())):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(1 in Co(), 1 not in Co(), [1, 2][I()])
