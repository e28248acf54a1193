class Logged:
    def __init__(self):
        self.x = 1

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


o = Logged()
o.y = 2
del o.x
print(sorted(vars(o)))
delattr(o, "y")
print(vars(o))
try:
    del o.z
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    def __init__(self, v):
        super().__setattr__("v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"can't set {name}")

    def __delattr__(self, name):
        raise AttributeError(f"can't delete {name}")


f = Frozen(3)
print(f.v)
for act in (lambda: setattr(f, "v", 4), lambda: delattr(f, "v")):
    try:
        act()
    except AttributeError as e:
        print("AttributeError:", e)


def delv():
    del f.v


try:
    delv()
except AttributeError as e:
    print("AttributeError:", e)
print(f.v)


class Super(Logged):
    def __delattr__(self, name):
        print("Super del", name)
        super().__delattr__(name)


s = Super()
del s.x
print(hasattr(s, "x"))


class Lazy:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()


z = Lazy()
print(z.abc, getattr(z, "q"), getattr(z, "_p", "dflt"), hasattr(z, "_p"))
z.abc = 5
print(z.abc)
del z.abc
print(z.abc)


class Spy:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)


sp = Spy()
print(sp.a)
print(getattr(sp, "a"))
try:
    sp.missing
except AttributeError as e:
    print("AttributeError:", e)


class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("no boom")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


b = Both()
print(b.boom)


class P:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.deleter
    def v(self):
        print("deleting v")
        del self._v


p = P()
del p.v
print(hasattr(p, "_v"))


class Slotless:
    pass


q = Slotless()
q.k = "ключ"
del q.k
try:
    del q.k
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    count = 0

    def __setattr__(self, name, value):
        type(self).count += 1
        super().__setattr__(name, value)


c = Counter()
c.a = 1
c.b = 2
print(Counter.count, c.a, c.b)


class RO:
    def _get(self):
        return "ро"

    def _del(self):
        print("fdel called")

    ro = property(_get)
    rd = property(_get, None, _del)

    @property
    def w(self):
        return 1

    @w.deleter
    def w(self):
        print("w deleter")

    @w.setter
    def w(self, v):
        print("w setter", v)


r = RO()
for act in (lambda: setattr(r, "ro", 1), lambda: delattr(r, "ro")):
    try:
        act()
    except AttributeError as e:
        print("AttributeError:", e)
del r.rd
r.w = 5
del r.w
print(RO.ro.fset, RO.rd.fdel.__name__, RO.w.fget.__name__)
print(object.__getattribute__(sp, "a"), Spy.__getattribute__(sp, "a"))
try:
    object.__getattribute__(z, "nope")
except AttributeError as e:
    print("AttributeError:", e)
class A:
    pass
def ga(self, n):
    return "via " + n
A.__getattribute__ = ga
print(A().zz)
B = type("B", (), {"__getattribute__": lambda self, n: n * 2})
print(B().ab)
