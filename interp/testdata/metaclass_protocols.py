# A user metaclass's special methods serve its classes: C[k], iter(C),
# for x in C, x in C, bool(C), len(C); __prepare__'s mapping receives
# the body's names; a metaclass conflict is CPython's TypeError.
class Registry(type):
    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, k):
        return cls.items[k]

    def __len__(cls):
        return len(cls.items)


class Colors(metaclass=Registry):
    items = ["red", "green"]


class Empty(metaclass=Registry):
    items = []


print(Colors[1], list(Colors), len(Colors), "red" in Colors, "blue" in Colors, bool(Colors), bool(Empty))
for c in Colors:
    print(c)
print(sorted(Colors), [x.upper() for x in Colors], dict(enumerate(Colors)))


class Flagged(type):
    def __bool__(cls):
        return cls.__name__.startswith("On")

    def __contains__(cls, x):
        return x in cls.__name__


class OnSwitch(metaclass=Flagged):
    pass


class OffSwitch(metaclass=Flagged):
    pass


print(bool(OnSwitch), bool(OffSwitch), "On" if OffSwitch else "Off", "Sw" in OnSwitch, "x" in OnSwitch)
try:
    iter(OnSwitch)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in OnSwitch:
        pass
except TypeError as e:
    print("TypeError:", e)


class Recorder(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, kw)
        return Recorder()

    def __new__(mcs, name, bases, ns, **kw):
        print("ns", type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, dict(ns))


class Model(metaclass=Ordered, table="t"):
    b = 1
    a = 2

    def run(self):
        pass


print(Model.a, Model.b, type(Model).__name__)


class Other(type):
    pass


class Base(metaclass=Other):
    pass


try:
    class Mixed(Base, metaclass=Ordered):
        pass
except TypeError as e:
    print("TypeError:", e)


class SubOrdered(Ordered):
    pass


class Child(Model):
    pass


class Leaf(Model, metaclass=SubOrdered):
    c = 3


print(type(Child).__name__, type(Leaf).__name__, Leaf.c)
