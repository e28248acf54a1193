# __slots__ in every class of the MRO leave instances without a
# __dict__: only the slot names can be set.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Q(P):
    __slots__ = "z"


class R(P):
    pass


class S(P):
    __slots__ = ("w", "__dict__")


p, q, r, s = P(1, 2), Q(1, 2), R(1, 2), S(1, 2)
q.z = 3
r.extra = "ок"
s.extra = "ок"
print(q.x, q.z, r.extra, s.extra, hasattr(p, "__dict__"), hasattr(r, "__dict__"))
for obj, name in [(p, "z"), (q, "w"), (p, "имя")]:
    try:
        setattr(obj, name, 0)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x, P.__slots__, Q.__slots__)
