# contextlib: @contextmanager (setup and cleanup, exceptions thrown into
# the generator, suppressing them, the yielded value), suppress and
# nullcontext.
from contextlib import contextmanager, suppress, nullcontext
import contextlib

log = []


@contextmanager
def tag(name):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")


with tag("a") as v:
    log.append(v)
print(log)

log.clear()
try:
    with tag("b"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e, log)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError, IndexError):
    {}["k"]
print("after swallow")
try:
    with swallow(KeyError):
        [][1]
except IndexError as e:
    print("not swallowed:", e)


@contextmanager
def counted():
    yield 1


with counted() as a, counted() as b:
    print("nested", a, b)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError:", e)

with nullcontext() as n:
    print("nullcontext", n)
with nullcontext(42) as n:
    print("nullcontext", n)
with contextlib.nullcontext("x") as n, suppress(TypeError):
    print(n + 1)
print("done")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield
    yield


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
