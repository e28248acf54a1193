# A slice of a namedtuple is a plain tuple.
from collections import namedtuple

Row = namedtuple('Row', 'id name score grade')
r = Row(7, 'Вера', 65, 'D')
print(r[1:], r[:2], r[::-1], r[::2], r[5:], r[-2:])
print(type(r[1:]).__name__, type(r[:]).__name__, r[:] == tuple(r))
ident, *rest = r[:3]
print(ident, rest)
print([row[1:3] for row in sorted([Row(2, 'б', 1, 'F'), Row(1, 'а', 2, 'F')])])
