# property(fget, fset, fdel, doc): the doc argument, by keyword or
# position, is the property's __doc__ and survives .setter; without it
# the getter's docstring is.
class T:
    def _get(self):
        "из геттера"
        return self._v

    def _set(self, v):
        self._v = v

    a = property(_get, doc="явная строка")
    b = property(_get, _set, None, "четвёртый аргумент")
    c = property(_get)
    d = property(_get, doc=None)
    e = property(lambda self: 1, doc="лямбда")

    @e.setter
    def e(self, v):
        pass


for name in "abcde":
    print(name, repr(getattr(T, name).__doc__))
t = T()
t.b = 5
print(t.a, t.b, t.e)
