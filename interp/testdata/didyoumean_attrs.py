# The attributes behind the suggestions: NameError.name,
# AttributeError.name and .obj, ImportError.name, .path and .msg.
import math


class Point:
    def __init__(self):
        self.x = 1

    def __repr__(self):
        return "Point()"


class Lazy:
    def __getattr__(self, name):
        raise AttributeError("no " + name)


def show(fn, obj=None):
    try:
        fn()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, str(e), repr(e.name), sep=" | ")
        if isinstance(e, AttributeError):
            print("  obj is the object:", e.obj is obj)


point = Point()
lazy = Lazy()
show(lambda: undefined_thing)
show(lambda: point.y, point)
show(lambda: math.tau2, math)
show(lambda: lazy.anything, lazy)
show(lambda: getattr(point, "zz"), point)

print(repr(NameError("x").name))
print(repr(AttributeError("y").name), repr(AttributeError("y").obj))
e = NameError("m", name="nm")
print(e.name, e.args)
e = AttributeError("m", name="nm", obj=3)
print(e.name, e.obj, e.args)
e.name = "other"
print(e.name)
e = ImportError("m", name="nm", path="p")
print(e.name, e.path, e.msg, e.args)
print(repr(ImportError("a", "b").msg), repr(ImportError().msg))
for bad in [lambda: NameError("m", obj=1), lambda: AttributeError("m", foo=1),
            lambda: ImportError("m", msg="x"), lambda: ValueError("m", name="x")]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)


class MyError(AttributeError):
    pass


print(repr(MyError("x").name), MyError("x", name="q").name)
print(repr(UnboundLocalError("x").name))
try:
    import no_such_module_here
except ImportError as err:
    print(type(err).__name__, repr(err.name), repr(err.path), err.msg)
try:
    from math import no_such_name
except ImportError as err:
    print(type(err).__name__, repr(err.name), err.msg.startswith("cannot import name 'no_such_name' from 'math'"))


def f():
    print(total)
    total = 1


try:
    f()
except NameError as err:
    print(type(err).__name__, repr(err.name))
