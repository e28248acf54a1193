# x *= n repeats a list or a deque in place: every name for it sees it.
from collections import deque

a = [1, 2]
b = a
a *= 2
print(a, b, a is b)

def grow(xs, n):
    alias = xs
    xs *= n
    return alias, xs

print(grow([0], 3), grow((1, 2), 2), grow("ab", 2), grow(2.5, 2))

d = deque([1, 2], maxlen=5)
e = d
d *= 3
print(d, e is d)

class Row(list):
    pass

r = Row([7])
s = r
r *= 2
print(s, type(r).__name__, r is s)

m = [1]
m *= 0
print(m)
try:
    m *= 1.5
except TypeError as err:
    print(err)
