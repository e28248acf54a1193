# is / is not (lowered to __sp_is): None, bools, small ints, objects,
# closure cells.
x, z, f, t, one, fl = None, 0, False, True, 1, 1.0
print(x is None, x is not None, z is None, f is None)
print(t is True, t is not False, one is True, z is False)
a = 5
b = 2 + 3
n = 255
print(a is b, a is not b, n + 1 is a * 0 + 256, fl is one)
l1, l2 = [], []
print(l1 is l2, l1 is l1, l1 is not l2)


class C:
    pass


c = C()
print(c is c, c is C(), C is C, type(c) is C)


def outer():
    v = c

    def inner():
        return v is c, v is not None

    return inner()


print(outer())
items = [None, 0, "", c, l1]
print([i for i, v in enumerate(items) if v is not None])
print(sum(1 for v in items for w in items if v is w))
