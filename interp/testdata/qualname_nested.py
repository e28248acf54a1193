# Functions, lambdas and classes defined inside other functions, classes
# and comprehensions have CPython's __qualname__, which their reprs and
# the messages of bad calls use; tracebacks name the frame by __name__.
import functools


def short(r):
    return r.split(" at ")[0]


def outer():
    def inner(x):
        return x

    return inner


f = outer()
print(f.__name__, f.__qualname__, short(repr(f)))
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)


def top(a):
    pass


print(top.__qualname__, short(repr(top)))
try:
    top()
except TypeError as e:
    print(e)

g = lambda: lambda y: y
print(g.__qualname__, g().__qualname__, short(repr(g())))
try:
    g()()
except TypeError as e:
    print(e)


def make_lambda():
    return lambda *, k: k


h = make_lambda()
print(h.__qualname__)
try:
    h()
except TypeError as e:
    print(e)


class A:
    class B:
        def m(self):
            pass

    def m(self):
        def helper(z):
            pass

        return helper

    f = lambda self: 0

    def gen(self):
        yield 1


print(A.B.m.__qualname__, short(repr(A.B.m)), short(repr(A.B().m)))
print(A().m().__qualname__, A.f.__qualname__)
print(short(repr(A().gen())), A().gen().__qualname__, A().gen().__name__)
try:
    A().m()()
except TypeError as e:
    print(e)
try:
    A.B().m(1)
except TypeError as e:
    print(e)


def gen_outer():
    def gen():
        yield 1

    return gen


print(short(repr(gen_outer()())), gen_outer()().__qualname__, gen_outer().__qualname__)

x = [lambda: 0 for _ in range(1)][0]
print(x.__qualname__)


def comps():
    a = [lambda: 0 for _ in range(1)][0]
    b = next(lambda: 1 for _ in range(1))
    c = {k: lambda: 2 for k in [0]}[0]
    d = {(lambda: 3) for _ in [0]}.pop()
    e = [y for y in [lambda: 4]][0]
    return a, b, c, d, e


for fn in comps():
    print(fn.__qualname__)


def factory():
    class K:
        class In:
            def m(self):
                pass

        def m(self):
            class L(Exception):
                pass

            return L

    return K


K = factory()
print(K, K.In, K().m(), K.__qualname__, K.__name__, K.In.__qualname__)
print(short(repr(K())), short(repr(K().m)), K.In.m.__qualname__)
try:
    K.In().m(1)
except TypeError as e:
    print(e)
try:
    raise K().m()("raised")
except Exception as e:
    print(type(e).__qualname__, repr(e))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)

    return wrapper


@deco
def decorated():
    pass


def holder():
    @deco
    def inside():
        pass

    return inside


print(decorated.__qualname__, holder().__qualname__, short(repr(holder())))


def default_lambda(k=lambda: 0):
    return k


print(default_lambda().__qualname__)


def method_with_defaults():
    class C:
        def m(self, *, key):
            pass

    return C


try:
    method_with_defaults()().m()
except TypeError as e:
    print(e)
