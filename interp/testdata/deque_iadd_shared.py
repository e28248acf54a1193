# d += iterable extends a deque in place, seen through every name of it
# (the lowering of += for lists hands a deque its own extension).
from collections import deque
def grow(d, more):
    d2 = d
    d2 += more
    return d2 is d
d = deque([1, 2], maxlen=4)
print(grow(d, [3, 4, 5]), d)
e = deque("аб")
e += e
print(e)
def g():
    yield 7
    yield 8
f = deque()
print(grow(f, g()), f)
