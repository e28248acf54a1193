# inspect's predicates, getmembers, getdoc, getmodule, currentframe,
# stack and getsource.
import functools
import inspect
import math
import sys
import threading
from abc import ABC, abstractmethod


def plain(a):
    """  Add things.

        Indented more.
    Back.
    """
    return a


def gen():
    yield 1


class Base:
    """Base doc."""

    def method(self):
        """Method doc."""

    def undocumented(self):
        pass


class Child(Base):
    def method(self):
        pass

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass


objects = [("plain", plain), ("lambda", lambda: 0), ("gen", gen), ("gen()", gen()),
           ("Child", Child), ("Child()", Child()), ("bound", Child().method),
           ("Child.method", Child.method), ("static", Child.static), ("klass", Child.klass),
           ("len", len), ("[].append", [].append), ("math.sqrt", math.sqrt), ("math", math),
           ("partial", functools.partial(plain, 1)), ("3", 3), ("None", None)]
predicates = [inspect.isfunction, inspect.ismethod, inspect.isclass, inspect.isgenerator,
              inspect.isgeneratorfunction, inspect.iscoroutinefunction, inspect.isbuiltin,
              inspect.isroutine, inspect.ismodule, inspect.isabstract]
print([p.__name__ for p in predicates])
for name, obj in objects:
    print(name, [int(bool(p(obj))) for p in predicates])
print(inspect.isabstract(Shape), inspect.isabstract(Base), inspect.isabstract(ABC))
print(inspect.isgeneratorfunction(functools.partial(gen)), inspect.isawaitable(gen()))
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Child(), inspect.ismethod) if not name.startswith("__")])
print([name for name, v in inspect.getmembers(Child) if not name.startswith("__")])


class Point:
    def __init__(self):
        self.x, self.y = 1, 2


print([(k, v) for k, v in inspect.getmembers(Point()) if not k.startswith("_")])
print(repr(inspect.getdoc(plain)))
print(inspect.getdoc(Base), inspect.getdoc(Child), inspect.getdoc(Child()))
print(inspect.getdoc(Child.method), inspect.getdoc(Child().method), inspect.getdoc(Child.undocumented))
print(inspect.getdoc(gen), inspect.getdoc(Point))
print(repr(inspect.cleandoc("\n\n    first\n      second\n    third\n\n")))
print(repr(inspect.cleandoc("one line  ")), repr(inspect.cleandoc("a\n\tb\n  c")))
print(inspect.getmodule(plain) is sys.modules["__main__"], inspect.getmodule(Child).__name__)
print(inspect.getmodule(threading.Thread).__name__, inspect.getmodule(math) is math, inspect.getmodule(3))


def where():
    frame = inspect.currentframe()
    caller = frame.f_back
    return frame.f_code.co_name, caller.f_code.co_name, frame.f_lineno


print(where())


def who_called():
    st = inspect.stack()
    return st[0].function, st[1].function, st[1][3], st[0].code_context, st[0].index


def outer():
    return who_called()


print(outer())
fi = inspect.stack()[0]
print(fi.filename.endswith("predicates.py"), fi.lineno, fi.function, fi.code_context, fi.index)
print(len(inspect.stack()) == 1, type(fi).__name__, fi[1:4] == (fi.filename, fi.lineno, fi.function))
print(inspect.getsource(plain), end="")
print(inspect.getsource(Child.method), end="")
print(inspect.getsourcelines(gen))
print(inspect.getsource(where).count("\n"), inspect.getfile(plain).endswith("predicates.py"))
for bad in (len, 3):
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
