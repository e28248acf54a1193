# vars() of a builtin class is its mappingproxy, as for a user class, so
# code walking the MRO with vars(base) runs through object; an error in
# __init_subclass__ shows the class line without carets.
import re
import traceback


class Base:
    def __init_subclass__(cls, **kw):
        names = []
        for base in reversed(cls.__mro__):
            names += [k for k in vars(base) if not k.startswith("_")]
        cls.names = names
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")


class Child(Base):
    x = 1

    def m(self):
        pass


print(Child.names, type(vars(object)).__name__, "__repr__" in vars(object), "__module__" in vars(object))
print(hasattr(int, "__dict__"), type(int.__dict__).__name__, "x" in vars(Child), "x" in vars(Base))
try:
    class Bad(Base, color="red"):
        pass
except TypeError:
    print(re.sub(r'File "[^"]*"', 'File "F"', traceback.format_exc()))
