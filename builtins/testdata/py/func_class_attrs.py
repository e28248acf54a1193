"""Attributes of functions, classes and modules."""
import attrmods

print(__doc__)


def f():
    "Function doc."


def g():
    pass


print(f.__doc__, g.__doc__, f.__name__, f.__qualname__, f.__module__)
print(getattr(f, "__doc__"), getattr(g, "__doc__"), getattr(f, "__qualname__"), getattr(f, "__module__"))
print(hasattr(f, "__doc__"), getattr(f, "__nope__", "default"), getattr(len, "__name__"))
print(attrmods.helper.__module__, getattr(attrmods.helper, "__module__"), attrmods.helper.__doc__)
print(attrmods.helper(), attrmods.__doc__)
print(attrmods.Outer.__module__, attrmods.Outer.Inner.__qualname__, attrmods.Outer.Inner.method.__qualname__)
print(attrmods.Outer.Inner.method.__module__)


class C:
    "Class doc."
    x = 1

    def m(self):
        pass

    @property
    def p(self):
        "Property doc."
        return 2

    @staticmethod
    def s():
        pass

    @classmethod
    def k(cls):
        pass

    class D:
        class E:
            def deep(self):
                pass

    lam = lambda self: 3


class Plain:
    y = 2

    def n(self):
        pass


class Sub(C):
    z = 3


print(C.__doc__, Plain.__doc__, Sub.__doc__, C().__doc__, Plain().__doc__)
print(C.__module__, C.__qualname__, C.D.__qualname__, C.D.E.__qualname__, C.D.__name__)
print(C.m.__qualname__, C.s.__qualname__, C.k.__qualname__, C.D.E.deep.__qualname__, C.lam.__qualname__)
print(C().m.__qualname__, C.m.__name__, Plain.n.__qualname__)
print(C.p.__doc__, getattr(C.p, "__doc__"))
print(list(C.__dict__))
print(list(Plain.__dict__))
print(list(Sub.__dict__))
print("x" in C.__dict__, "y" in C.__dict__, C.__dict__["x"], C.__dict__["__module__"], C.__dict__["__doc__"])
print(Plain.__dict__["__dict__"], Plain.__dict__["__weakref__"])
print(repr(Sub.__dict__), str(Sub.__dict__))
print(type(C.__dict__).__name__, len(Plain.__dict__), Plain.__dict__.get("y"), Plain.__dict__.get("q", "none"))
print(list(Plain.__dict__.keys()), list(Sub.__dict__.items()))
print(getattr(C, "__dict__")["x"], vars(Sub)["z"])
try:
    C.__dict__["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    C.__dict__["x"] = 5
except TypeError as e:
    print("TypeError", e)


def outer():
    class Local:
        def meth(self):
            pass
    return Local


print(outer().__name__, outer().meth.__name__)
