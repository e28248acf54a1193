# A namedtuple class is a subclass of tuple: its instances are tuples
# (isinstance, ==, <, +, *, count, index, %, json, struct, copy), its
# fields are read-only properties, and classes may derive from it.
import copy
import json
import operator
import struct
from collections import namedtuple

P = namedtuple('P', 'x y')
p = P(1, [2])
print(repr(p), str(p), f'{p}', '%s' % (p,), '%s-%s' % P(1, 2))
print(isinstance(p, tuple), issubclass(P, tuple), P.__mro__, P.__bases__)
print(P(1, 2) == (1, 2), (1, 2) == P(1, 2), P(1, 2) != (1, 2), P(1, 2) < (1, 3), hash(P(1, 2)) == hash((1, 2)))
print(P(1, 2) + (3,), (0,) + P(1, 2), P(1, 2) * 2, P(1, 2) + P(3, 4), p.count(1), p.index([2]))
print(json.dumps(P(1, 2)), json.dumps({'p': P('а', None)}), struct.pack('>hh', *P(1, 2)))
q, r = copy.copy(p), copy.deepcopy(p)
print(q, r, r == p, r.y is p.y, type(r).__name__)
print(max(P(3, 9)), sum(P(3, 9)), list(reversed(P(1, 2))), [*P(7, 8)])
print(operator.attrgetter('y')(p), sorted([P(2, 'b'), P(1, 'a')]), sorted([P(2, 'a'), P(1, 'b')], key=operator.itemgetter(1)))
for stmt in ('p.x = 5', 'del p.x', 'p.z = 5'):
    try:
        exec(stmt)
    except AttributeError as exc:
        print(stmt, '->', exc)
print(P.__doc__, P._fields, P.__name__, P.__module__, P.__slots__, P.__match_args__)
print(type(p)(*p), P(**{'x': 1, 'y': 2}), P._make(range(2)), p.__getnewargs__())


class V(namedtuple('V', 'a b')):
    __slots__ = ()

    @property
    def total(self):
        return self.a + self.b

    def __str__(self):
        return f'V<{self.total}>'


v = V(1, 2)
print(v, repr(v), v._replace(a=10), v._replace(a=10).total, V._make([3, 4]).total, v._asdict(), isinstance(v, tuple))
E = namedtuple('E', [])
print(E(), len(E()), bool(E()))
try:
    P(1, 2)._replace(z=1)
except ValueError as exc:
    print(exc)
try:
    P._make([1])
except TypeError as exc:
    print(exc)
