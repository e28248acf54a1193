# property, staticmethod and classmethod are types: isinstance and type()
# see them in a class's __dict__; an inconsistent MRO names the heads
# left to merge, on two lines as CPython does.
class A:
    @staticmethod
    def s():
        return "s"

    @classmethod
    def c(cls):
        return cls.__name__

    @property
    def p(self):
        return "p"


d = A.__dict__
print(isinstance(d["s"], staticmethod), isinstance(d["c"], classmethod), isinstance(d["p"], property))
print(type(d["s"]).__name__, type(d["c"]).__name__, type(d["p"]).__name__, type(d["p"]) is property)
print(A.s(), A.c(), A().p, staticmethod(len)(["x"]), property(lambda self: 1).fget(None))
print(A.p.fget.__name__, A.p.fset, isinstance(A.p, (int, property)))


class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass


for bases in [(Z, W), (X, Z)]:
    try:
        type("Q", bases, {})
    except TypeError as e:
        print("TypeError:", e)
