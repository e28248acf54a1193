# Indexing an instance of a tuple or list subclass: the base type's
# items, negative indexes and errors, unless a class defines __getitem__.
class Row(tuple):
    pass


class Stack(list):
    pass


class Logged(list):
    def __getitem__(self, i):
        return ('logged', super().__getitem__(i))


class Child(Logged):
    pass


r, s = Row((1, 2, 3)), Stack('ab')
print(r[0], r[-1], s[1], s[-2], r[True], r[1:], s[::-1])
s.append('c')
print(s[2], len(s))
for obj, key in ((r, 3), (r, -4), (s, 10), (r, 'x'), (s, 1.0)):
    try:
        obj[key]
    except (IndexError, TypeError) as exc:
        print(type(obj).__name__, repr(key), type(exc).__name__, exc)
print(Logged([5, 6])[0], Child([7])[-1], Logged([1])[0:1])
print(10 ** 30 in r, r[2 ** 0])
