import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
a.append("new")
print(a)
print(s, s is a, s[1] is a[1])
print(d, d[1] is a[1], d[2] is a[2])

shared = [1, 2]
outer = [shared, shared, (shared, 3)]
c = copy.deepcopy(outer)
print(c, c[0] is c[1], c[0] is c[2][0], c[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[1] is cc, cc is cyc)
dc = {"self": None}
dc["self"] = dc
dd = copy.deepcopy(dc)
print(dd["self"] is dd, dd is dc)

t = (1, "a", (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt, dt is t2, dt[1] is t2[1])
st = {1, 2, 3}
print(copy.copy(st), copy.copy(st) is st, copy.deepcopy(st) == st)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.copy("str"), copy.copy(5), copy.copy(None), copy.deepcopy(2.5))
dct = {"a": [1], "b": {"c": 2}}
sc = copy.copy(dct)
print(sc == dct, sc is dct, sc["a"] is dct["a"], copy.deepcopy(dct)["a"] is dct["a"])

def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len)

class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y
        self.tags = []
    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)

p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("moved")
p.x = 10
print(p, q, r, type(q).__name__, q is p, q.tags is p.tags, r.tags is p.tags)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is kid, root2.children[0].name)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(self.v * 10)
cu = Custom(3)
print(copy.copy(cu).v, copy.deepcopy(cu).v, copy.deepcopy([cu, cu])[0].v)
grid = [[0] * 3 for _ in range(2)]
g2 = copy.deepcopy(grid)
g2[0][0] = 7
print(grid, g2)
print(issubclass(copy.Error, Exception))
