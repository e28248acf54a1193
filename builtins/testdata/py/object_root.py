# object is the root class of every class: MROs, object(), isinstance,
# two-argument super, __hash__ = None, class-level dunders, type(),
# __slots__, __init_subclass__, __class_getitem__ and generic aliases.
import threading
import queue
import collections


class A:
    pass


class B(A):
    pass


class T(threading.Thread):
    pass


class E(ValueError):
    pass


for k in (A, B, T, E, threading.Thread, ValueError, int, bool, object):
    print(k.__name__, [m.__name__ for m in k.__mro__], [b.__name__ for b in k.__bases__])

s = object()
print(repr(s).startswith("<object object at 0x"), type(s) is object, s == s, s != object())
print(hash(s) == hash(s))
try:
    object(1)
except TypeError as e:
    print(e)
for v in (3, "x", s, B(), None, [1], len, E("x"), A, T()):
    print(type(v).__name__, isinstance(v, object))
print(issubclass(B, object), issubclass(int, object), issubclass(E, object), issubclass(object, A))
print(issubclass(E, BaseException), isinstance(E(), BaseException))


class Checker(A):
    def __init__(self, x):
        super(Checker, self).__init__()
        self.x = x


class Sub(Checker):
    def __init__(self):
        super(Sub, self).__init__(7)


print(Checker(3).x, Sub().x)
try:
    super(int, Checker(1))
except TypeError as e:
    print(e)


class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v


print(Score.__hash__ is None, Score(1) == Score(1))
try:
    hash(Score(1))
except TypeError as e:
    print(e)
try:
    {Score(2)}
except TypeError as e:
    print(e)


class Hashed(Score):
    def __hash__(self):
        return hash(self.v)


print(hash(Hashed(5)) == hash(5), len({Hashed(1), Hashed(1)}))


class C:
    def __init__(self):
        self.a = 1

    def __repr__(self):
        return "C<" + object.__repr__(self).split(" ")[0] + ">"

    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)


c = C()
print(c.a, repr(c), str(c))
c.b = 5
print(c.b, c.__dict__)
print(C.__init__.__name__, C.__repr__.__name__)
print(object.__init__, C.__eq__, C.__hash__)
print(object.__repr__(A()).startswith("<__main__.A object at 0x"))
print(A.__init__ is object.__init__, A.__repr__)
print(type(c).__name__, type(c) is C, c.__class__ is C, c.__class__.__name__)
a = A()
a.__init__()
try:
    A(1)
except TypeError as e:
    print(e)
try:
    object.__init__(a, 1)
except TypeError as e:
    print(e)


class WithInit:
    def __init__(self, x):
        super().__init__(x)


try:
    WithInit(1)
except TypeError as e:
    print(e)

X = type("X", (A,), {"v": 5, "f": lambda self: self.v + 1})
print(X().f(), X.__name__, [k.__name__ for k in X.__mro__], isinstance(X(), A))
Y = type("Y", (), {})
print([k.__name__ for k in Y.__mro__], type(Y()) is Y)
print(type(3) is int, type("") is str, type(type(3)) is type)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


print(Slotted().a, Slotted.__slots__)


class Plugin:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)


class P1(Plugin):
    pass


class P2(P1):
    pass


print(Plugin.registry)


def worker(q: queue.Queue[int], items: list[int], counts: dict[str, int]) -> None:
    pass


print(queue.Queue[int], list[int], dict[str, int], tuple[int, str], list[list[str]])
print(collections.deque[int], set[str], type[A])
print(list[int]("ab"), dict[str, int](a=1), queue.Queue[int]().qsize())
try:
    int[3]
except TypeError as e:
    print(e)


class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(G[int], G[A])


class Loc(threading.local):
    def __init__(self):
        super().__init__()
        self.v = 1


loc = Loc()
print(loc.v)
out = []
t = threading.Thread(target=lambda: out.append(loc.v))
t.start()
t.join()
print(out)


class Lazy:
    def __getattr__(self, name):
        return name.upper()


print(Lazy().hello)
