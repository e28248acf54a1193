# Operators, indexing, slicing, del and unpacking: the helpers of
# internals.go, operators.go, strindex.go, slice.go and delslice.go.
a = []
print(a is a, [] is list(), None is None, a is not None)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2 == 2 != 3)
print(True + True, True * 3, -True, ~False, True & False, True | 0, True ^ True)
print(2 ** 10, 2 ** -1, (-8) ** 2, True ** 3, 2.0 ** 0.5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    "a" ** 2
except TypeError as e:
    print(e)
s = "Привет, мир"
print(s[0], s[-1], s[3:7], s[::-2], s[100:], len(s))
b = b"bytes"
print(b[0], b[-1], b[1:3])
for i in range(len(s)):
    if s[i] == "и":
        print("и at", i)
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s["x"]
except TypeError as e:
    print(e)
try:
    a[1.5]
except TypeError as e:
    print(e)
l = list(range(10))
del l[0]
del l[1:7:2]
del l[-1]
print(l)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)


class O:
    pass


o = O()
o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print(e)
first, *rest, last = "Анна"
print(first, rest, last)
x, y = iter([1, 2])
print(x, y)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1]
except ValueError as e:
    print(e)
print({**{"a": 1}, "b": 2, **{"a": 3}})
try:
    {**[1]}
except TypeError as e:
    print(e)
print(*[1, 2], *"ab")
print(f"{3.14159:.2f}|{'x'!r:>5}|{'й'!a}|{42:_>6}")
print("%s-%05.1f-%r" % ("Анна", 2.5, "б"), "%d%%" % 7)
print("abc".upper.__name__, len.__name__)
