# Keywords in a class statement's header go to the bases'
# __init_subclass__; metaclass=type is the default metaclass.
class Base:
    kinds = {}

    def __init_subclass__(cls, /, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Base.kinds[kind] = cls.__name__


class A(Base, kind="а"):
    pass


class B(A, kind="б"):
    pass


class C(Base):
    pass


class D(metaclass=type):
    pass


print(Base.kinds, A.kind, B.kind, C.kind, type(D).__name__)
try:
    class E(Base, kind="е", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Plain:
    def __init_subclass__(cls, size):
        cls.size = size


class G(Plain, size=3):
    pass


print(G.size)
