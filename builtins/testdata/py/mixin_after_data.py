# Methods of a mixin that comes after a builtin data type in the MRO
# (class S(namedtuple, Mixin), class L(list, Mixin)) are found.
from collections import namedtuple


class Mixin:
    __slots__ = ()

    def encode(self):
        return 'encoded ' + repr(tuple(self))

    def describe(self):
        return type(self).__name__ + ' of ' + str(len(self))


Base = namedtuple('Base', 'a b')


class S(Base, Mixin):
    __slots__ = ()


class L(list, Mixin):
    pass


s = S(1, 2)
print([c.__name__ for c in S.__mro__])
print(s.describe(), s.encode(), s.a, s.count(1), s._replace(a=5))
l = L([1, 2, 3])
print(l.describe(), l.encode(), l.index(2))
try:
    s.missing
except AttributeError as e:
    print('AttributeError:', e)
