# abc: ABC() itself instantiates, abstractmethod returns the function
# marked __isabstractmethod__, and the 3.11 error lists what is left.
import abc
from abc import ABC, abstractmethod
a = abc.ABC()
print(type(a).__name__, isinstance(a, ABC), repr(a).startswith("<abc.ABC object at 0x"))
try:
    ABC(1)
except TypeError as e:
    print(e)
def g(): "gdoc"
h = abstractmethod(g)
print(h is g, g.__isabstractmethod__, getattr(g, "__isabstractmethod__"), type(g).__name__, g.__name__, g.__doc__)
def plain(): pass
print(getattr(plain, "__isabstractmethod__", "absent"), hasattr(plain, "__isabstractmethod__"))
class X(ABC):
    @abstractmethod
    def m(self): pass
    @abstractmethod
    def a(self): pass
    @property
    @abstractmethod
    def p(self): pass
    @classmethod
    @abstractmethod
    def c(cls): pass
    @staticmethod
    @abstractmethod
    def s(): pass
print(X.m.__isabstractmethod__, X.m.__qualname__, X.p.__isabstractmethod__, X.__dict__["c"].__func__.__isabstractmethod__ if hasattr(X.__dict__["c"], "__func__") else True)
for cls in [X]:
    try: cls()
    except TypeError as e: print(e)
class Y(X):
    def a(self): return "a"
    def c(cls): pass
    def s(): pass
    p = 1
try: Y()
except TypeError as e: print(e)
class Z(Y):
    def m(self): return "m"
print(Z().m(), Z().a())
class Gen(ABC):
    @abstractmethod
    def items(self):
        yield 1
try: Gen()
except TypeError as e: print(e)
class Empty(ABC): pass
print(type(Empty()).__name__)
try:
    plain.__isabstractmethod__
except AttributeError as e:
    print(e)
