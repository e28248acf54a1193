# A dict finds a key stored as a named tuple by the plain tuple it equals.
from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "x y")
class Q(NamedTuple):
    a: int
    b: str = "-"
d = {P(1, 2): "p", Q(3): "q"}
print(d[(1, 2)], d[3, "-"], (1, 2) in d, d.get((3, "-")), d.get((9, 9), "none"))
d[(1, 2)] = "P!"
print(d, len(d))
def find(m, k):
    return m[k] if k in m else None
print(find(d, (3, "-")), find(d, (1, 2)))
