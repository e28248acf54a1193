# Class attribute lookups cached per class must follow every change of
# the class and its bases after instances exist.
import threading


class Base:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "Base.m"


class Child(Base):
    pass


c = Child(1)
print(c.x, c.m())

# A method replaced on the base after instances exist.
Base.m = lambda self: "patched Base.m"
print(c.m(), Child(2).m())

# A method added on the subclass shadows the base's.
Child.m = lambda self: "Child.m"
print(c.m(), Base(3).m())

# A method set on an instance shadows the class's, for that instance only.
c.m = lambda: "instance m"
print(c.m(), Child(4).m())
del c.m
print(c.m())

# __init__ replaced on the base, then defined on the subclass.
def init2(self, x):
    self.x = x * 10
    self.y = "y"


Base.__init__ = init2
d = Child(5)
print(d.x, d.y)


def init3(self, x):
    self.z = x


Child.__init__ = init3
e = Child(6)
print(hasattr(e, "x"), e.z)

# __setattr__ added to the base after instances exist.
log = []


def setattr_logged(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


Base.__setattr__ = setattr_logged
f = Child(7)
f.w = 1
print(log, f.w, f.z)

# A property added to the base after instances exist intercepts reads
# and writes of a name the instances already hold.
class P:
    def __init__(self):
        self.v = 1


p = P()
print(p.v)
P.v = property(lambda self: "from property", lambda self, val: log.append(("set", val)))
print(p.v)
p.v = 99
print(p.v, log[-1])

# A counter on the class changed in __init__ (no cache thrash, right values).
class Counted:
    count = 0

    def __init__(self):
        Counted.count += 1
        self.n = Counted.count


objs = [Counted() for _ in range(5)]
print(Counted.count, [o.n for o in objs])

# Classes made by type(name, bases, dict), then changed.
T = type("T", (Base,), {"m": lambda self: "T.m"})
t = T(8)
print(t.m(), t.x)
T.extra = 5
print(t.extra)

# super() through a mutated hierarchy.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


b = B()
print(b.who())
A.who = lambda self: "A2"
print(b.who())

# __getattr__ added after instances exist.
class G:
    pass


g = G()
print(hasattr(g, "missing"))
G.__getattr__ = lambda self, name: "got " + name
print(g.missing)

# __slots__ classes and __new__ added later.
class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


s = S()
print(s.a)


class N:
    def __init__(self, v):
        self.v = v


print(N(1).v)


def new(cls, v):
    o = object.__new__(cls)
    o.made_by_new = True
    return o


N.__new__ = staticmethod(new)
n = N(2)
print(n.v, n.made_by_new)

# A bound method kept and called many times, with and without arguments.
class K:
    def __init__(self):
        self.calls = 0

    def tick(self, step=1):
        self.calls += step
        return self.calls


k = K()
tick = k.tick
for _ in range(3):
    tick()
tick(10)
print(k.calls, tick.__self__ is k, k.tick == k.tick, k.tick is k.tick)

# A threading.Thread subclass whose run is replaced after definition.
class W(threading.Thread):
    def __init__(self):
        super().__init__(name="worker")
        self.result = None

    def run(self):
        self.result = "run"


W.run = lambda self: setattr(self, "result", "patched run")
w = W()
w.start()
w.join()
print(w.name, w.result)

# Truth and hashing follow __bool__, __len__, __hash__ and __eq__ added
# or removed after instances exist.
class T2:
    pass


t2 = T2()
d = {}
d[t2] = 1
d[t2] = 2
print(bool(t2), len(d))
T2.__len__ = lambda self: 0
print(bool(t2), "yes" if t2 else "no")
T2.__bool__ = lambda self: True
print(bool(t2))
T2.__hash__ = lambda self: 42
print(hash(t2))


class H:
    pass


class HSub(H):
    pass


hs = HSub()
print(hash(hs) == hash(hs))
H.__hash__ = lambda self: 7
print(hash(hs))
