import collections

Point = collections.namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), list(p), p == Point(1, 2), Point)
q = Point(y=5, x=3)
print(q, q._asdict(), q._replace(x=100), Point._fields, p._fields)
x, y = p
print(x + y, p < q, Point._make([7, 8]), 2 in p)
Emp = collections.namedtuple("Emp", "name, age  dept")
e = Emp("ann", 30, dept="ops")
print(e, e.dept)
D = collections.namedtuple("D", "a b c", defaults=[0, 9])
print(D(1), D(1, 2), D(1, 2, 3))
R = collections.namedtuple("R", ["ok", "def", "_x", "ok"], rename=True)
print(R._fields)
d = {p: "point"}
print(d[Point(1, 2)])
S = collections.namedtuple("S", "a b c")
s3 = S(1, 2, 3)
print(s3[1:], s3[::-1], s3[:0], type(s3[1:]).__name__, s3[-2:] == (2, 3))
