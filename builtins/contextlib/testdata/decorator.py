# AbstractContextManager and ContextDecorator subclasses, as with
# statements and as decorators.
import contextlib
from contextlib import AbstractContextManager, ContextDecorator


class Managed(AbstractContextManager):
    def __exit__(self, typ, value, tb):
        print("exit", typ.__name__ if typ else None, value)
        return isinstance(value, KeyError)


m = Managed()
with m as got:
    print("inside", got is m)
with Managed():
    raise KeyError("swallowed")
try:
    with Managed():
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)
print(isinstance(m, AbstractContextManager), issubclass(Managed, contextlib.AbstractContextManager))


class Traced(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return typ is IndexError


@Traced("deco")
def work(a, b=2):
    print("work", a, b)
    return a * b


print(work(3), work(4, b=5), work.__name__)


@Traced("raising")
def bad(kind):
    raise kind("привет")


print(bad(IndexError))
try:
    bad(TypeError)
except TypeError as e:
    print("caught", e)
with Traced("stmt") as t:
    print("body", t.name)


class Both(ContextDecorator, AbstractContextManager):
    def __exit__(self, *exc):
        print("both exit", exc[0])
        return False


@Both()
def f():
    return "f result"


print(f())
with Both() as b:
    print(type(b).__name__)
