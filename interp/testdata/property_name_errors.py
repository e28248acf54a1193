# A property missing a setter or deleter is named in the error only when
# a class statement bound it (__set_name__), by its last name there.
class A:
    x = property(lambda s: 1)
    y = x
    @property
    def z(self): return 1
A.w = property(lambda s: 2)
for n in "xyzw":
    try: setattr(A(), n, 1)
    except AttributeError as e: print(n, e)
    try: delattr(A(), n)
    except AttributeError as e: print(n, e)
class B(A):
    pass
try: B().z = 5
except AttributeError as e: print(e)
from collections import namedtuple
P = namedtuple("P", "a b")
try: P(1, 2).a = 5
except AttributeError as e: print(e)
from dataclasses import dataclass
@dataclass(frozen=True)
class F:
    q: int
try: F(1).q = 2
except AttributeError as e: print(e)
