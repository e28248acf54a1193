# _field_defaults maps the fields that have defaults to them.
from collections import namedtuple

P = namedtuple("P", "x y z", defaults=[0, None])
Q = namedtuple("Q", ["a"])
print(P._field_defaults, P(1)._field_defaults, Q._field_defaults, P(1), P(1, 2, 3))
print(namedtuple("R", "a b", defaults=(5,))._field_defaults, namedtuple("S", "", defaults=())._field_defaults)
