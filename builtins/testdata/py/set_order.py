# Sets print and iterate in CPython's table order, whatever built them.

a = {1, 2, 3, 40, 17}
b = {17, 3, 99, 9}
x = 17
print(a, b, {1, 2, 3, 40, x}, {x, 3, 99, 9})
print(b | a, b.union(a), a | b, a.union(b, [100, 200]))
print(a & b, b & a, a.intersection(b), b.intersection([3, 17, 5]))
print(a - b, b - a, a.difference(b), a.difference([1], (2,)))
print(a ^ b, b ^ a, a.symmetric_difference(b), a.symmetric_difference([1, 1000]))
print(a.copy(), set(a), set(b), frozenset(a), set(frozenset(b)))
print({(1, 2), (0, 1)}, {(0, 1), (1, 2)}, {(1, 2), (2, 1), (0, 0), ()})
print({True, 1, 1.0, 2}, {1, True}, {1.0, 1}, {0, False, 0.0}, {False, 0})
print({-1, -2, 5}, {-1, -2}, set([-1, -2]), set([-2, -1]))
print(set(range(5)), set(range(6)), set(range(20)))
print(set(range(100, 0, -7)))
print(set(range(0, 1000, 37)))

# Growth across resizes, in insertion order and in reverse.
for n in (5, 6, 8, 20, 33, 100):
    s = set()
    for i in range(n):
        s.add(i * 37 % 101 - 50)
    print(n, s)
    t = set()
    for v in reversed(list(s)):
        t.add(v)
    print(n, t, s == t)

# Big ints beyond 2**61 and their hash collisions.
big = [2**64, 2**61, 2**61 - 1, -2**61, -1, -2, 2**100, -(2**100), 2**61 + 5]
print(set(big))
print({2**64, 2**61, 2**61 - 1, -2**61, -1, -2})
print(set(reversed(big)))

# Floats.
print(set([0.5, 1.5, 2.5, -0.25, 1e100, float('inf'), float('-inf'), 2.0**70, 1e-300]))
print({0.1, 0.2, 0.3}, {1.0, 2.0, 3.0}, {1.5, 3, 2})

# Tuples of ints, floats and bools, nested.
print(set([(i, i * i) for i in range(10)]))
print({(1, (2, 3)), (1.5, True), (0,), (False, 0.0)})

# Deletions leave dummies; re-insertions fill them.
s = {1, 9, 17}
s.remove(1)
s.remove(17)
s.add(25)
print(s)
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(s)
for i in (3, 99, 6, 40, 0):
    s.add(i)
print(s)
s.difference_update(range(5, 15))
print(s)
s.update([1000, 2000, 3000])
print(s)
s.intersection_update(range(100))
print(s)
s.symmetric_difference_update({1, 2, 3, 4, 5, 500})
print(s)

# pop takes slots from a moving finger.
s = set(range(0, 50, 3))
print([s.pop() for _ in range(5)], s)
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s)

# A set comprehension and set() of various iterables.
print({i * 7 % 30 for i in range(30)})
print(set(i * 5 % 23 for i in range(40)))
print(set({5: 'a', 3: 'b', 11: 'c', 19: 'd'}))
print(set((9, 1, 17, 25)), set([9, 1, 17, 25]), set('') == set())

# In-place operators.
s = {1, 2, 3}
s |= {8, 16, 24}
print(s)
s &= {1, 8, 16, 99}
print(s)
s -= {8}
print(s)
s ^= {1, 5, 13}
print(s)

# Iteration order is print order; sorted() is unaffected.
s = {33, 1, 65, 2, 97}
print(list(s), tuple(s), [v for v in s], sorted(s), sorted(s, reverse=True))
print(min(s), max(s), sum(s), len(s))
it = iter(s)
print(next(it), next(it), list(it))
for v in {16, 8, 0, 24}:
    print(v, end=' ')
print()
