# list.count, list.index, tuple.count and tuple.index take an object as
# equal to itself whatever its __eq__ returns, as CPython does.
class Never:
    def __eq__(self, other):
        print("  __eq__")
        return False

    __hash__ = object.__hash__


n = Never()
print([n].count(n), [n, 1].index(n), (n,).count(n), (1, n).index(n), n in [n], n in (n,))
print([Never()].count(n), [1, 2.0, True].count(1), (1, 1.0).index(True))
try:
    [Never()].index(n)
except ValueError as e:
    print("ValueError:", type(e).__name__)
x = float("nan")
print([x].count(x), (x,).index(x), x in [x])
