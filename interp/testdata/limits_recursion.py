import sys, json, copy
print(sys.getrecursionlimit())
x = []
for i in range(100000): x = [x]
y = []
for i in range(100000): y = [y]
def t(f):
    try:
        f()
        print("no error")
    except RecursionError as e:
        print(type(e).__name__, e)
t(lambda: repr(x))
t(lambda: str(x))
t(lambda: x == y)
t(lambda: x < y)
d = ()
for i in range(100000): d = (d,)
t(lambda: hash(d))
t(lambda: json.dumps(x))
t(lambda: json.loads("["*100000 + "]"*100000))
t(lambda: copy.deepcopy(x))
t(lambda: f"{x}")
t(lambda: "%s" % (x,))
t(lambda: format(x))
t(lambda: print(x))
t(lambda: sorted([x, y]))
dd = {}
for i in range(100000): dd = {"a": dd}
t(lambda: repr(dd))
t(lambda: json.dumps(dd))
def g(): yield from g()
t(lambda: list(g()))
class A:
    def __eq__(self, o): return self == o
t(lambda: A() == A())
def f(): return f()
t(f)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(60)
print(sys.getrecursionlimit(), depth(40))
t(lambda: depth(70))
def r(n):
    if n:
        r(n - 1)
    else:
        sys.setrecursionlimit(5)
try:
    r(20)
except RecursionError as e:
    print(e)
for v in (0, "x"):
    try:
        sys.setrecursionlimit(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(depth(900))
