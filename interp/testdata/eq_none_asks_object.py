# e == None and None == e ask an object's __eq__ (and x == e with x None
# at run time); e is None stays an identity test that calls nothing.
class A:
    def __eq__(self, o):
        print("eq", type(o).__name__)
        return isinstance(o, A) or o is None

    def __gt__(self, o):
        print("gt", type(o).__name__)
        return True

    __hash__ = object.__hash__


class P:
    pass


a, p = A(), P()
print(a is None, a is not None, None is a, p == None, None == p, p != None)
print(a == None, None == a, a != None, None != a, (a) == (None))
print(None < a, a > None)
try:
    a < None
except TypeError as e:
    print("TypeError:", e)
try:
    None < p
except TypeError as e:
    print("TypeError:", e)
n = None
print(n == a, a == n, n != a, [a] == [None], [None] == [a], (None, 1) == (a, 1))
print(None in [a], a in [None], [None, a].count(None), [a].index(None))
vals = [3, None, "x", 2.5, p]
print([v == None for v in vals], [v != None for v in vals], [None == v for v in vals], sum(1 for v in vals if v is not None))
d = {"k": None}
print(d["k"] == None, d.get("z") == None, len([x for x in [None, 0, "", None] if x == None]))
