# len(), bool(), conditions and list() check what __len__ and __bool__
# return as CPython does: __len__ an int from 0 to sys.maxsize (a bool
# counts as one), __bool__ a bool; list() and tuple() take __len__ as a
# length hint, after __iter__, and pass on its errors but a TypeError.


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, type(r).__name__ if isinstance(r, (L, B)) else r)


class L:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __len__(self):
        L.calls += 1
        if isinstance(self.v, Exception):
            raise self.v
        return self.v

    def __iter__(self):
        return iter([1, 2])


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


for v in ["3", -1, 2.5, None, True, False, KeyError("k"), 2**70, -2**70, 3, 0]:
    attempt("len %r" % (v,), lambda: len(L(v)))
    attempt("bool %r" % (v,), lambda: bool(L(v)))

    def cond():
        if L(v):
            return "yes"
        return "no"

    attempt("if %r" % (v,), cond)
    attempt("not %r" % (v,), lambda: not L(v))
    attempt("and %r" % (v,), lambda: L(v) and 1)
    attempt("list %r" % (v,), lambda: list(L(v)))
    attempt("tuple %r" % (v,), lambda: tuple(L(v)))

    def loop():
        while L(v):
            return "in"
        return "out"

    attempt("while %r" % (v,), loop)

L.calls = 0
len(L(1))
print("__len__ calls for one len():", L.calls)

for v in [1, 0, None, "x", [], KeyError("b"), True, False]:
    attempt("bool %r" % (v,), lambda: bool(B(v)))

    def cond():
        if B(v):
            return "yes"
        return "no"

    attempt("if %r" % (v,), cond)
    attempt("not %r" % (v,), lambda: not B(v))
    attempt("or %r" % (v,), lambda: B(v) or 1)
    attempt("ternary %r" % (v,), lambda: 1 if B(v) else 2)
    attempt("any %r" % (v,), lambda: any([B(v)]))


class Order:
    def __iter__(self):
        print("__iter__")
        return iter("ab")

    def __len__(self):
        print("__len__")
        return -5


attempt("order", lambda: list(Order()))
