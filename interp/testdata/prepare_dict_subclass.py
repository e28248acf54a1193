# A metaclass's __prepare__ may return a dict subclass, which type.__new__
# takes as the namespace.
class Recording(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  define", key)
        dict.__setitem__(self, key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print(type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)


class Shape(metaclass=Meta):
    sides = 0

    def area(self):
        return 0


class Square(Shape):
    sides = 4


print(Square.sides, Square().area(), type(Square).__name__, type(Square.__dict__).__name__)
