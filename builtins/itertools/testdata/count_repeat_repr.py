import itertools
c = itertools.count(5)
print(c, itertools.count(), itertools.count(1.5), itertools.count(0, 2), itertools.count(0, 1.0), itertools.count(-3, -1))
next(c); print(c)
r = itertools.repeat("a", 3); print(r); next(r); print(r); print(itertools.repeat([1]))
list(r); print(r)
