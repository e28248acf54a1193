# dir() of the builtin values and types lists CPython's names in its
# order, hasattr and getattr agree with it, and the special methods
# getattr returns work (x.__add__, x.__len__, str.__len__...).

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

values = ["ab", [1], {1: 2}, (1, 2), 5, True, 1.5, range(3), b"ab", bytearray(b"ab"), {1}, frozenset([1]), None, slice(1, 2)]
for v in values:
    names = dir(v)
    t = type(v)
    print(t.__name__, len(names), names == sorted(names), dir(t) == names)
    print(" ", [n for n in names if not n.startswith("_")])
    print(" ", [n for n in names if not hasattr(v, n)], [n for n in names if not hasattr(t, n)])
print(dir(5))
print(dir(bytearray()))
for name in ["elems", "codepoints", "elem_ords", "codepoint_ords", "foo"]:
    print(name, hasattr("ab", name), hasattr(b"ab", name), getattr("ab", name, "absent"))

print((1).__add__(2), (1).__add__(1.5), (1.5).__radd__(1), (7).__rsub__(10), (2).__pow__(10), (7).__divmod__(2), (7).__rfloordiv__(30))
print((3).__eq__("a"), (3).__lt__(4), (3).__ne__(3), (1.0).__eq__(1), (1).__eq__(1.0), True.__and__(False), (6).__and__(3))
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), "x%sy".__mod__(5), "ab".__contains__("b"))
print([1].__add__([2]), [1].__mul__(2), [1].__iadd__([2]), [1].__imul__(2), [3, 4].__getitem__(-1), [3, 4].__getitem__(slice(None, None, -1)))
print({1}.__or__({2}), {1}.__or__(frozenset([3])), frozenset([1]).__and__({1, 2}), {1}.__ior__({2}), {1, 2}.__isub__({1}), {1}.__or__([2]))
print({"a": 1}.__or__({"b": 2}), {"a": 1}.__ior__({"b": 2}), {"a": 1}.__getitem__("a"), {"a": 1}.__contains__("a"), {"a": 1}.__len__())
print((1, 2).__len__(), (1, 2).__getitem__(0), (1, 2).__contains__(3), list((1, 2).__iter__()), list([1, 2].__reversed__()), (1, 2).__hash__() == hash((1, 2)))
print("ab".__len__(), "ab".__repr__(), "ab".__str__(), "ab".__format__(">4"), (5).__format__("03"), (1.5).__repr__(), "ab".__hash__() == hash("ab"))
print((-5).__abs__(), (5).__neg__(), (5).__pos__(), (5).__invert__(), (0).__bool__(), "".__bool__() if hasattr("", "__bool__") else "no __bool__", (2.5).__int__(), (2).__float__(), True.__index__())
print((2.5).__round__(), (2.567).__round__(2), (2.5).__trunc__(), (-2.5).__floor__(), (2.1).__ceil__(), (7).__round__(-1), (7).__trunc__())
print(b"ab".__bytes__(), b"ab".__getitem__(0), bytearray(b"ab").__alloc__() >= 2, (5).__getnewargs__(), "s".__getnewargs__(), (1.5).__getformat__("double"))
print((5).__class__, "x".__class__, [].__class__.__name__, getattr([], "__hash__"), getattr({}, "__hash__"), getattr(set(), "__hash__"), (1).__getstate__())
print(int.__add__(1, 2), str.__len__("abc"), list.__getitem__([5, 6], 1), dict.__contains__({1: 2}, 1), list.__class_getitem__(int), tuple.__class_getitem__((int, str)))
print((5).__getattribute__("real"), "ab".__getattribute__("upper")(), sorted((5).__dir__()) == dir(5), getattr(5, "__init__")() is None, getattr(5, "__subclasshook__")(int))
l = [1, 2]
l.__setitem__(0, 9)
l.__delitem__(1)
b = bytearray(b"abc")
b.__setitem__(slice(0, 2), b"XY")
b.__delitem__(0)
print(l, b)

show("len arg", lambda: "ab".__len__(1))
show("add none", lambda: (1).__add__())
show("unbound wrong", lambda: int.__add__("a", 1))
show("unbound none", lambda: str.__len__())
show("setattr", lambda: (5).__setattr__("real", 1))
show("setattr new", lambda: (5).__setattr__("foo", 1))
show("delattr", lambda: "x".__delattr__("upper"))
show("getattribute missing", lambda: (5).__getattribute__("foo"))
show("getformat bad", lambda: (1.5).__getformat__("x"))
show("div zero", lambda: (1).__truediv__(0))
show("str add int", lambda: "ab".__add__(1))
show("list add tuple", lambda: [1].__add__((2,)))
show("str mul str", lambda: "ab".__mul__("x"))
show("int add str", lambda: (1).__add__("x"))
