# Instances whose classes all declare __slots__ cannot be weakly
# referenced unless one of them declares __weakref__.
import weakref


class A:
    __slots__ = ("x",)


class B(A):
    __slots__ = ("__weakref__",)


class C(A):
    pass


class D:
    __slots__ = ("__dict__",)


class E:
    __slots__ = ()


class F(B):
    __slots__ = ("y",)


for cls in (A, B, C, D, E, F):
    o = cls()
    try:
        r = weakref.ref(o)
        print(cls.__name__, r() is o)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)


def put(o):
    d = weakref.WeakValueDictionary()
    d[1] = o


for make in (lambda o: weakref.finalize(o, print), put):
    try:
        make(A())
        print("made")
    except TypeError as e:
        print("TypeError:", e)
