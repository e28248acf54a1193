# A metaclass's __repr__ and __str__ print its classes (and their subclasses).
class M(type):
    def __repr__(cls):
        return f"<М {cls.__name__}>"
class N(type):
    def __str__(cls):
        return "стр " + cls.__name__
class A(metaclass=M): pass
class B(A): pass
class C(metaclass=N): pass
print(A, B, [A, B], repr(A), str(A), f"{A}|{A!r}|{C}|{C!r}", C, [C], "%s %r" % (C, A), {A: C})
