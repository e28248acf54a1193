# A property (or other attribute read) that raises AttributeError falls
# back to the class's __getattr__, as object.__getattribute__'s failure
# does in CPython; other errors propagate.


class Prop:
    @property
    def x(self):
        raise AttributeError("inside property")

    @property
    def y(self):
        raise ValueError("not an AttributeError")

    def __getattr__(self, name):
        return "fallback " + name


p = Prop()
print(p.x, p.z, getattr(p, "x"), hasattr(p, "x"))
try:
    p.y
except ValueError as e:
    print("ValueError:", e)


class NoFallback:
    @property
    def x(self):
        raise AttributeError("inside property")


try:
    NoFallback().x
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(NoFallback(), "x"), getattr(NoFallback(), "x", "default"))


class Cached:
    def __init__(self):
        self.calls = 0

    @property
    def value(self):
        self.calls += 1
        raise AttributeError("value")

    def __getattr__(self, name):
        return name.upper()


c = Cached()
print(c.value, c.value, c.calls)
