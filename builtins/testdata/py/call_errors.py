# Bad calls of defs name the def by its qualified name (K.m(),
# Outer.Inner.m(), f.<locals>.g()) and say which missing arguments are
# keyword-only, as CPython's messages do.
class Outer:
    class Inner:
        def m(self, x):
            pass


class K:
    def m(self):
        pass

    def kw(self, *, a):
        pass

    @staticmethod
    def s(x):
        pass

    @classmethod
    def c(cls, y):
        pass


def f():
    def g(a):
        pass

    return g


def h(a, b=2, *, c, d=4, e):
    pass


def star(*args, key):
    pass


calls = [
    lambda: Outer.Inner().m(),
    lambda: K().m(1),
    lambda: K.m(),
    lambda: K().kw(1),
    lambda: K().kw(),
    lambda: K.s(),
    lambda: K.c(1, 2),
    lambda: f()(1, 2),
    lambda: h(),
    lambda: h(1),
    lambda: h(1, c=1),
    lambda: h(1, c=1, e=1, z=3),
    lambda: h(1, a=2, c=1, e=1),
    lambda: star(1, 2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)

K().m(1, 2)
