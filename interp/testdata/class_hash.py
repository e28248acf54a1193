# hash after __eq__: set in a class body, on the class later, by type(), by dataclasses
class A:
    pass
a = A()
A.__eq__ = lambda self, o: True
print(hash(a) == hash(a), A.__hash__ is None)
class B:
    def __eq__(self, o): return True
print(B.__hash__ is None)
try:
    hash(B())
except TypeError as e:
    print(e)
class C(B):
    pass
try:
    hash(C())
except TypeError as e:
    print(e)
class D(B):
    def __hash__(self): return 7
print(hash(D()))
class E:
    __hash__ = None
try:
    hash(E())
except TypeError as e:
    print(e)
from dataclasses import dataclass
T = type('T', (), {'__eq__': lambda s, o: True})
print(T.__hash__ is None)
try:
    hash(T())
except TypeError as e:
    print(e)
@dataclass
class P:
    x: int
try:
    hash(P(1))
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class F:
    x: int
print(hash(F(1)) == hash(F(1)))
@dataclass(eq=False)
class N:
    x: int
n = N(1)
print(hash(n) == hash(n))
import threading
class W(threading.Thread):
    def __eq__(self, o): return False
try:
    hash(W())
except TypeError as e:
    print(e)
