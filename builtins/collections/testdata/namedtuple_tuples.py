from collections import namedtuple
P = namedtuple("P", "x y")
Q = namedtuple("Q", "a b")
p = P(1, 2)
print(p == (1, 2), (1, 2) == p, p != (1, 3), p < (3, 4), (0, 9) < p, p == Q(1, 2), p <= Q(1, 2), sorted([P(2, 1), (1, 5), P(1, 2)]))
print(p.count(1), p.index(2), P(1, 1).count(1), [p] == [(1, 2)], {p: 1}[(1, 2)] if False else "", max(P(1, 9), (2, 0)))
try:
    p.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    p < 5
except TypeError as e:
    print("TypeError", e)
