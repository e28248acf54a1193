# A class body's __module__ names the class's module, as in CPython:
# __module__ and the repr of the class and of its instances use it.


class Plain:
    pass


class Renamed:
    __module__ = "pkg.loader"

    def method(self):
        return type(self).__module__


print(Plain.__module__, Renamed.__module__, Renamed().method())
print(Renamed, "%s.%s" % (Renamed.__module__, Renamed.__qualname__))
print(repr(Renamed())[:len("<pkg.loader.Renamed object")])
print("__module__" in Renamed.__dict__, Renamed.__dict__["__module__"])
