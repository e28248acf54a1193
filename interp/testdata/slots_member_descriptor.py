# C.x is the member_descriptor of a name in the __slots__ of a class of
# C's MRO.
class P:
    __slots__ = ("x", "y")


class Q(P):
    __slots__ = "z"


class R(Q):
    pass


print(P.x, Q.z, Q.x, R.y, type(P.x).__name__, P.x.__name__, R.z.__objclass__)
print(P.x == P.x, hasattr(P, "w"), getattr(Q, "z") is not None, P.__slots__)
try:
    P.w
except AttributeError as e:
    print("AttributeError:", e)
try:
    R.__dict__["x"]
except KeyError as e:
    print("KeyError:", e)
