# copy and deepcopy through a class's __getstate__ / __setstate__.
import copy


class Session:
    def __init__(self, user):
        self.user = user
        self.conn = f"<socket {user}>"
        self.history = ["login"]

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["conn"]
        return state

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.conn = "reconnected"


s = Session("ann")
a, b = copy.copy(s), copy.deepcopy(s)
s.history.append("buy")
print(a.conn, a.history, a.history is s.history, b.conn, b.history, vars(b))


class OnlyGet:
    def __init__(self):
        self.items = [1, 2]
        self.cache = {"big": 1}

    def __getstate__(self):
        return {"items": self.items}


o = OnlyGet()
c, d = copy.copy(o), copy.deepcopy(o)
print(vars(c), vars(d), c.items is o.items, d.items is o.items, hasattr(d, "cache"))


class OnlySet:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


e = copy.deepcopy(OnlySet(3))
print(e.n, e.restored, e.me is e)


class Tuple:
    def __init__(self):
        self.a, self.b = 1, [2]

    def __getstate__(self):
        return (self.a, self.b)

    def __setstate__(self, state):
        self.a, self.b = state


t = Tuple()
u = copy.deepcopy(t)
print(u.a, u.b, u.b is t.b, copy.copy(t).b is t.b)


class Falsy:
    def __getstate__(self):
        return None

    def __setstate__(self, state):
        print("never called")


print(type(copy.copy(Falsy())).__name__)


class BadState:
    def __getstate__(self):
        return [1]


try:
    copy.copy(BadState())
except TypeError as e:
    print("TypeError:", e)


class Pair:
    __slots__ = ("x", "__dict__")

    def __init__(self):
        self.x = 1
        self.y = 2

    def __getstate__(self):
        return ({"y": self.y * 10}, {"x": self.x + 1})


p = copy.deepcopy(Pair())
print(p.x, p.y)
