def f(a, *, k=1): pass
def g(a, b=2, *, k, m=3): pass
def h(*, k): pass
class C:
    def m(self, a, *, k=1): pass
def t(fn):
    try: fn()
    except TypeError as e: print(e)
t(lambda: f(1, 2))
t(lambda: f(1, 2, k=3))
t(lambda: g(1, 2, 3, k=1))
t(lambda: g(1, 2, 3, k=1, m=2))
t(lambda: g(1, 2, 3))
t(lambda: h(1))
t(lambda: h(1, k=2))
t(lambda: C().m(1, 2))
t(lambda: C().m(1, 2, k=5))
t(lambda: f(1, 2, 3, k=3))
def d(a=1): pass
t(lambda: d(1, 2))
def outer():
    def inner(x, *, y, z=0): pass
    return inner
t(lambda: outer()(1, 2, y=1, z=2))
class K:
    def __init__(self, a, *, flag=False): pass
t(lambda: K(1, 2, flag=True))
t(lambda: K(1, 2))
