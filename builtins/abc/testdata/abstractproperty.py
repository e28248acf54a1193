# The deprecated abc.abstractproperty: a property whose getter is an
# abstract method until a subclass overrides the name.
import abc


class Shape(abc.ABC):
    @abc.abstractproperty
    def name(self):
        return "shape"

    def describe(self):
        return f"I am {self.name}"


class Square(Shape):
    name = "square"


class Circle(Shape):
    @property
    def name(self):
        return "circle"


class Half(Shape):
    pass


print(Square().describe(), Circle().describe(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Settable(abc.ABC):
    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v * 2

    value = abc.abstractproperty(_get, _set, None, "the value")


class Concrete(Settable):
    pass


print(sorted(Settable.__abstractmethods__), isinstance(Settable.value, property), Settable.value.fset is Settable._set)
try:
    Concrete()
except TypeError as e:
    print("TypeError:", e)
