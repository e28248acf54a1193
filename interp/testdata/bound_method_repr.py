# Bound methods print as <bound method K.m of REPR>: the defining class
# qualifies the name, the repr is Self's __repr__; a classmethod read from
# an instance or subclass binds to type(self).
class K:
    def m(self): pass
    @classmethod
    def c(cls): pass
    f = lambda self: 0
    def __repr__(self): return "K!"
class L(K):
    def __repr__(self): return f"L<{super().__repr__()}>"
k = K()
print(k.m, K.c, k.f)
print(L().m, [L().m], f"{L().m!r}", str(L().m))
print(repr(k.m) == str(k.m))
print(L.c, L().c)
class K:
    @classmethod
    def make(cls): return cls.__name__
    @classmethod
    def hi(cls): return "hi " + cls.__name__
class L(K):
    @classmethod
    def hi(cls): return "L:" + super().hi()
print(K().make(), L().make(), L.make(), K.make(), L().hi(), L.hi())
class E(Exception):
    @classmethod
    def c(cls): return cls.__name__
class F(E): pass
print(F().c(), F.c())
