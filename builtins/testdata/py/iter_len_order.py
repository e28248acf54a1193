# list(), tuple() and sorted() of a user object call __iter__ first and
# then __len__ (a length hint), as CPython does.
class C:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("  __len__")
        return len(self.items)

    def __iter__(self):
        print("  __iter__")
        return iter(self.items)


class G:
    def __len__(self):
        print("  __len__")
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "абв"[i]


for name, f in [("list", list), ("tuple", tuple), ("sorted", sorted), ("set", lambda x: sorted(set(x)))]:
    print(name)
    print(f(C([3, 1, 2])))
    print(f(G()))
print("join")
print("-".join(C(["x", "y"])))


class Bad:
    def __len__(self):
        print("  __len__")
        return 1

    def __iter__(self):
        print("  __iter__")
        raise RuntimeError("no iter")


try:
    list(Bad())
except RuntimeError as e:
    print("RuntimeError", e)
