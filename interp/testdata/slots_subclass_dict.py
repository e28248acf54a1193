# A subclass without __slots__ of a class with them: its __dict__ (and
# vars) lists only the attributes that are no slots, whose values live
# apart, through copy, deepcopy and pickle too.
class Base:
    __slots__ = ("a", "b")
class Child(Base):
    pass
c = Child(); c.a = 1; c.b = 2; c.z = 3
print(vars(c), c.__dict__, c.a, c.b, c.z)
del c.a
try:
    c.a
except AttributeError as e:
    print("AttributeError", e)
try:
    del c.a
except AttributeError as e:
    print("AttributeError", e)
c.__dict__["w"] = 4
print(c.w, vars(c), hasattr(c, "a"), getattr(c, "b"))
class Both:
    __slots__ = ("x", "__dict__")
b = Both(); b.x = 1; b.y = 2
print(vars(b), b.x)
import copy, pickle
c.a = 10
d = copy.copy(c); e = copy.deepcopy(c); f = pickle.loads(pickle.dumps(c))
for o in (d, e, f):
    print(vars(o), o.a, o.b)
class P:
    __slots__ = ("p",)
    def __init__(self):
        self.p = 0
class Q(P):
    def __init__(self):
        super().__init__()
        self.q = 1
q = Q()
q.p += 5
print(q.__dict__, q.p, sorted(k for k in dir(q) if not k.startswith("_")))
