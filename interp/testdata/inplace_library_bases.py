# x op= y calls the in-place method a class inherits from a library
# class written in Python: MutableSequence.__iadd__, MutableSet.__ior__,
# UserList.__iadd__ extend the object itself.
import collections.abc
from collections import UserList


class Seq(collections.abc.MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


class Bag(collections.abc.MutableSet):
    def __init__(self, it=()):
        self.items = set(it)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(sorted(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, x):
        self.items.add(x)

    def discard(self, x):
        self.items.discard(x)


s = Seq()
alias = s
s += [1, 2]
s += (3,)
print(s.items, alias is s)
b = Bag([1, 2, 3])
same = b
b |= {4}
b -= {1}
b &= {2, 3, 4, 5}
b ^= {5}
print(list(b), same is b)
u = UserList([1])
v = u
u += [2]
u *= 2
print(u, v is u)
try:
    s += 5
except TypeError as e:
    print("TypeError:", e)
