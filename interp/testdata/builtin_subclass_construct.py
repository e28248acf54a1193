# Constructing subclasses of the builtin types: arguments reach the base
# type's constructor, __init__ and __new__ overrides call the base's
# through super() or the type itself, and bad arguments raise CPython's
# errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Stack(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class Cnt(int):
    pass


class F(float):
    pass


class T(tuple):
    pass


class St(set):
    pass


class FS(frozenset):
    pass


class B(bytes):
    pass


for make in [lambda: Stack(), lambda: Stack([1, 2]), lambda: Stack("аб"), lambda: D(a=1),
             lambda: D({"a": 1}, b=2), lambda: D([("к", "v")]), lambda: S("текст"), lambda: S(),
             lambda: S(42), lambda: Cnt(5), lambda: Cnt("17"), lambda: Cnt("ff", 16), lambda: Cnt(),
             lambda: F("2.5"), lambda: F(3), lambda: T([1, 2]), lambda: T(), lambda: St([1, 1, 2]),
             lambda: FS([2, 1, 2]), lambda: FS(), lambda: St(), lambda: B(b"xy")]:
    attempt(make)

print("errors")
for bad in [lambda: Cnt("x"), lambda: F("y"), lambda: Stack(1), lambda: Stack([1], [2]),
            lambda: D(1), lambda: D([1]), lambda: T(5), lambda: Cnt([]), lambda: S("a", "b")]:
    attempt(bad)


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name


n = Named("имя", [1, 2])
print(n, n.name, len(n), isinstance(n, list), vars(n))


class Pair(list):
    def __init__(self, *items):
        list.__init__(self, items)


print(Pair(1, 2, 3), Pair())


class Lazy(list):
    def __init__(self, n):
        self.n = n  # never calls list.__init__: the list stays empty


lz = Lazy([1, 2])
print(lz, lz.n, len(lz))


class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())


u = Upper("привет")
print(u, type(u).__name__, len(u), u.lower(), type(u.lower()).__name__)


class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative: " + str(v))
        return int.__new__(cls, v)

    def __repr__(self):
        return "Pos(" + str(int(self)) + ")"


print(Pos(3), [Pos(4)], Pos(3) + 1)
attempt(lambda: Pos(-1))


class Tagged(str):
    def __new__(cls, v, tag):
        self = str.__new__(cls, v)
        self.tag = tag
        return self


tg = Tagged("значение", "t1")
print(tg, tg.tag, tg.upper())


class Rounded(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))


print(Rounded(2.345), Rounded(2.345) * 2)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, p[1], len(p), type(p).__name__)

print("descriptors")
attempt(lambda: int.__new__(str, 1))
attempt(lambda: str.__new__(5))
attempt(lambda: list.__init__(5))
attempt(lambda: object.__new__(Stack))
attempt(lambda: str.__new__(S, "q"))
attempt(lambda: int.__new__(int, "7"))


class Generic(list[int]):
    pass


print(Generic([1]), Generic.__mro__)

print("bases")
try:
    class Both(Stack, dict):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    def describe(self):
        return type(self).__name__ + " of " + str(len(self))


class Deep(Stack):
    pass


class Mixed(Mixin, Deep, list):
    pass


print(Mixed([1, 2]).describe(), Mixed.__mro__)
