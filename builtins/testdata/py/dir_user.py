# dir() of user classes and their instances lists object's names too,
# with __module__, __dict__ and __weakref__ (not for __slots__ classes);
# a class's __dir__ is called and its result sorted.
class A:
    x = 1

    def m(self):
        pass


a = A()
a.y = 2
print(dir(a))
print(dir(A) == sorted(set(dir(a)) - {"y"}))
print(dir(object()))


class S:
    __slots__ = ("b", "a")


class T(S):
    __slots__ = ("c",)


class U(S):
    pass


print(dir(T()))
print([n for n in dir(U()) if n not in dir(object())])


class Proxy:
    def __init__(self, names):
        self.names = names

    def __dir__(self):
        return (n.upper() for n in self.names)


print(dir(Proxy(["я", "b", "a"])))
print(dir(Proxy([])))
try:
    dir(Proxy(None))
except TypeError as e:
    print("TypeError:", e)
