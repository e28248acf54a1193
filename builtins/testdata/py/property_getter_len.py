# property.getter makes a property with a new getter (the setter kept);
# len() asks the class for __len__, never __getattr__.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x


class Twice(Base):
    @Base.v.getter
    def v(self):
        return self._v * 2


t = Twice()
t.v = 5
print(t.v, Base().v, Twice.v is Base.v, Twice.v.fset is Base.v.fset, Twice.v.fget.__name__)


class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        return getattr(self.target, name)


p = Proxy([1, 2, 3])
print(p.__len__(), p.count(2))
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
