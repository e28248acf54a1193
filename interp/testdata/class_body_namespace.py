# A class body's namespace: it starts with __module__ and __qualname__
# (readable in the body; __qualname__ leaves the class's dict), its
# docstring stays __doc__ when the body has annotations, and a
# comprehension in it is a scope of its own that skips the body's names
# (all but its first iterable, which the body evaluates).
x = "global"


class Config:
    "Settings."
    level: int = 3
    names = ["a", "b"]
    print("body:", __module__, __qualname__, sorted(k for k in dir() if k.startswith("__")))
    firsts = [n for n in names]
    seen = [(n, x) for n in names]
    table = {n: x for n in names}
    gen = list(x for _ in names)
    x = "class"
    later = [x for _ in range(1)]
    own = x


print(Config.__doc__, list(Config.__annotations__), Config.__module__, Config.__qualname__)
print(Config.firsts, Config.seen, Config.table, Config.gen, Config.later, Config.own)
print("__qualname__" in vars(Config), "__module__" in vars(Config))


def make():
    class Inner:
        """Inner doc."""
        tag: str
        where = __qualname__
        mod = __module__
        __qualname__ = "Renamed"

    return Inner


I = make()
print(I.__doc__, I.where, I.mod, I.__qualname__, I.__name__)


class Outer:
    class Nested:
        q = __qualname__


print(Outer.Nested.q, Outer.Nested.__qualname__)
try:
    class Broken:
        values = [1]
        twice = [values for _ in range(2)]
except NameError as e:
    print("NameError:", e)
