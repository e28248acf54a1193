# A subclass of a builtin type reaches the base type's operator methods
# through super() (or the type: int.__add__), as in CPython: they return
# NotImplemented for an operand of another type, except a sequence's +.


class S(str):
    def __add__(self, o):
        return "S+" + super().__add__(o)

    def __getitem__(self, i):
        return super().__getitem__(i)

    def __len__(self):
        return super().__len__() + 100

    def __contains__(self, x):
        return super().__contains__(x)

    def __iter__(self):
        return super().__iter__()

    def __mul__(self, n):
        return S(super().__mul__(n))

    def __lt__(self, o):
        return super().__lt__(o)


class L(list):
    def __add__(self, o):
        return L(super().__add__(o))

    def __iadd__(self, o):
        print("iadd", o)
        return super().__iadd__(o)

    def __eq__(self, o):
        return super().__eq__(o)

    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)


class D(dict):
    def __or__(self, o):
        return D(super().__or__(o))

    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)


class I(int):
    def __add__(self, o):
        r = super().__add__(o)
        return r if r is NotImplemented else I(r)

    def __radd__(self, o):
        return I(super().__radd__(o))

    def __neg__(self):
        return I(super().__neg__())

    def __hash__(self):
        return super().__hash__()

    def __bool__(self):
        return not super().__bool__()

    def __repr__(self):
        return "I(%d)" % self


class F(float):
    def __truediv__(self, o):
        return F(super().__truediv__(o))


class T(tuple):
    def __add__(self, o):
        return T(super().__add__(o))

    def __getitem__(self, i):
        return super().__getitem__(i)


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


show("S +", lambda: S("a") + "b")
show("S + int", lambda: S("a") + 1)
show("S []", lambda: S("abc")[1])
show("S len", lambda: len(S("abc")))
show("S in", lambda: "b" in S("abc"))
show("S iter", lambda: list(S("ab")))
show("S *", lambda: S("ab") * 2)
show("S <", lambda: S("a") < S("b"))
show("L +", lambda: L([1]) + [2])
show("L + tuple", lambda: L([1]) + (2,))
show("L ==", lambda: L([1]) == L([1]))


def iadd():
    x = L([1])
    x += (2, 3)
    x[0] = 5
    return x


show("L +=", iadd)
show("D |", lambda: D(a=1) | {"b": 2})


def dset():
    d = D()
    d["k"] = 1
    return d


show("D []=", dset)
show("I +", lambda: I(1) + 2)
show("I + float", lambda: I(1) + 2.5)
show("I radd", lambda: 5 + I(1))
show("I neg", lambda: -I(3))
show("I hash", lambda: hash(I(7)))
show("I bool", lambda: bool(I(0)))
show("F /", lambda: F(3.0) / 2)
show("F / 0", lambda: F(3.0) / 0)
show("T +", lambda: T((1,)) + (2,))
show("T []", lambda: T((1, 2))[1])
tests = [
    ("int.__add__(1, 'a')", lambda: int.__add__(1, "a")),
    ("int.__add__(1, 2.0)", lambda: int.__add__(1, 2.0)),
    ("float.__add__(1.0, 2)", lambda: float.__add__(1.0, 2)),
    ("int.__radd__(1, 2)", lambda: int.__radd__(1, 2)),
    ("int.__rsub__(1, 10)", lambda: int.__rsub__(1, 10)),
    ("int.__eq__(1, 'a')", lambda: int.__eq__(1, "a")),
    ("int.__lt__(1, 2.5)", lambda: int.__lt__(1, 2.5)),
    ("int.__pow__(2, 10)", lambda: int.__pow__(2, 10)),
    ("int.__truediv__(1, 0)", lambda: int.__truediv__(1, 0)),
    ("int.__abs__(-2)", lambda: int.__abs__(-2)),
    ("str.__add__('a', 1)", lambda: str.__add__("a", 1)),
    ("str.__lt__('a', 1)", lambda: str.__lt__("a", 1)),
    ("str.__rmul__('a', 3)", lambda: str.__rmul__("a", 3)),
    ("str.__mod__('%s', 1)", lambda: str.__mod__("%s", 1)),
    ("str.__hash__", lambda: str.__hash__("ж") == hash("ж")),
    ("list.__add__([1], (2,))", lambda: list.__add__([1], (2,))),
    ("list.__iadd__([1], (2,))", lambda: list.__iadd__([1], (2,))),
    ("list.__imul__([1], 2)", lambda: list.__imul__([1], 2)),
    ("tuple.__add__((1,), [2])", lambda: tuple.__add__((1,), [2])),
    ("tuple.__lt__((1,), (2,))", lambda: tuple.__lt__((1,), (2,))),
    ("dict.__or__", lambda: dict.__or__({1: 2}, {3: 4})),
    ("dict.__or__ list", lambda: dict.__or__({1: 2}, [])),
    ("set.__or__", lambda: set.__or__({1}, {2})),
    ("frozenset.__and__", lambda: frozenset.__and__(frozenset({1}), {1})),
    ("bytes.__add__", lambda: bytes.__add__(b"a", "b")),
]
for label, f in tests:
    show(label, f)
