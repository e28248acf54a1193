# super().name runs a base's property getter, cached_property or
# descriptor __get__ for the instance, as CPython's super does.
from functools import cached_property


class Desc:
    def __get__(self, obj, objtype=None):
        return f"Desc.__get__({type(obj).__name__}, {objtype.__name__})"


class Base:
    d = Desc()

    @property
    def info(self):
        return f"Base.info для {type(self).__name__}"

    @info.setter
    def info(self, v):
        print("Base.info.setter", v)

    @cached_property
    def heavy(self):
        return "вычислено в Base"

    def method(self):
        return "Base.method"


class Child(Base):
    d = "своё"

    @property
    def info(self):
        return "Child+" + super().info

    @property
    def heavy(self):
        return "Child+" + super().heavy

    def method(self):
        return "Child+" + super().method()

    def show(self):
        return super().d, super().method, super(Child, self).info


c = Child()
print(c.info, c.heavy, c.method(), c.d)
desc, bound, info = c.show()
print(desc, bound(), info)
print(vars(c))
try:
    super(Child, c).missing
except AttributeError as e:
    print("AttributeError:", e)
