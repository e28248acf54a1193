# slice objects: the builtin, attributes, indices, repr, equality,
# unhashability, and subscripts of sequences and user classes with one.
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice('a', None))
print(s.indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(7))
print(s == slice(1, 5, 2), s == slice(1, 5), s != slice(1, 5))
print(slice(1, 2) < slice(1, 3), bool(slice(None)))
try:
    hash(s)
except TypeError as e:
    print("TypeError", e)
try:
    {s: 1}
except TypeError as e:
    print("TypeError", e)
lst = [0, 1, 2, 3, 4, 5, 6]
sl = slice(1, 3)
print(lst[sl], lst[slice(None, None, 2)], lst[s])
print("héllo wörld"[s], (1, 2, 3, 4, 5)[s], b"abcdef"[s], "abc"[slice(None, None, -1)])
print("привет мир"[slice(2, None)], "привет"[sl])
print(type(s).__name__, isinstance(s, slice), type(s) is slice)


class C:
    def __getitem__(self, k):
        print("get", k, type(k).__name__)
        return k

    def __delitem__(self, k):
        print("del", k)


c = C()
c[1]
r = c[1:2]
print(r.start, r.stop, r.step)
c[::2]
c[:]
c["a":"b"]
del c[1:2]
del c[::-1]
del lst[slice(0, 2)]
print(lst)
del lst[slice(None, None, 2)]
print(lst)


class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.items[k])
        return self.items[k]

    def __repr__(self):
        return "Seq(%r)" % (self.items,)


q = Seq(list(range(10)))
print(q[2:8][::2], q[-1], q[::-3])
try:
    slice()
except TypeError as e:
    print("TypeError", e)
try:
    lst[slice(0, 1, 0)]
except ValueError as e:
    print("ValueError", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError", e)
try:
    lst[slice("a", 2)]
except TypeError as e:
    print("TypeError", e)


class D:
    pass


try:
    D()[1:2]
except TypeError as e:
    print("TypeError", e)
try:
    del (1, 2)[0:1]
except TypeError as e:
    print("TypeError", e)
print(sorted([slice(2), slice(1)], key=lambda x: x.stop))
