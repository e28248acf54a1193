print(...)
x = ...
print(x is ..., x == ..., x is Ellipsis, x is None, x != None)
print(repr(...), str(...), repr([..., 1]))
print(type(...).__name__, type(...))
print(Ellipsis, type(Ellipsis) is type(...))
print(bool(...), hash(...) == hash(Ellipsis))

def f():
    ...
print(f())

class Grid:
    def __getitem__(self, key):
        return "got " + repr(key)
g = Grid()
print(g[...])
print(g[..., 0])

print({...: "e"}[...])
print({..., ...}, len({..., 1, 2, 3}))
print(isinstance(..., type(...)))
print(... if ... else 0)
print([x for x in (1, ..., 2) if x is not ...])

def stub(a, b=...):
    return b is ...
print(stub(1), stub(1, 2))

Ellipsis = 5
print(..., Ellipsis)
try:
    ... + 1
except TypeError as e:
    print("TypeError:", e)
try:
    ... < 1
except TypeError as e:
    print("TypeError:", e)
print(f"{...}", "%s %r" % (..., ...), "{}".format(...))

import copy
print(copy.copy(...) is ..., copy.deepcopy([...])[0] is ...)
from typing import Callable, Tuple
print(Callable[..., int], Tuple[int, ...])
