# inspect.signature: str(sig), parameters with name, kind, default;
# methods, classes, callables; bind.
import functools
import inspect


def f(a, b=2, *args, c, d=4, **kw):
    pass


def g(x, y=None, *, flag=False):
    yield x


class K:
    """Class doc."""

    def __init__(self, x, y=1):
        self.x = x

    def m(self, z):
        pass

    @staticmethod
    def s(q):
        pass

    @classmethod
    def c(cls, r, *rest):
        pass

    def __call__(self, w, *, v=None):
        pass


class Plain:
    pass


s = inspect.signature(f)
print(s, repr(s), s.parameters)
print(list(s.parameters), s.return_annotation, s.return_annotation is inspect.Signature.empty)
for p in s.parameters.values():
    print(repr(p), str(p), p.name, p.kind, repr(p.kind), p.kind.description,
          p.default, p.default is inspect.Parameter.empty, p.annotation is p.empty)
print(inspect.signature(g), inspect.signature(lambda x, y=[1]: 0), inspect.signature(lambda: 0))
print(inspect.signature(K), inspect.signature(K(1).m), inspect.signature(K.m))
print(inspect.signature(K.s), inspect.signature(K.c), inspect.signature(K(1)), inspect.signature(Plain))
print(inspect.Parameter.empty, inspect.Signature.empty, inspect.Parameter.POSITIONAL_OR_KEYWORD)
print(int(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.VAR_KEYWORD > inspect.Parameter.VAR_POSITIONAL)
print(s == inspect.signature(f), hash(s) == hash(inspect.signature(f)), s == inspect.signature(g))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=3):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
b = s.bind(1, c=3)
print(b, b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b, b.args, b.kwargs)
print(s.bind(1, 2, 3, 4, c=5, e=6), s.bind(1, 2, 3, 4, c=5, e=6).kwargs)
print(s.bind_partial(), s.bind_partial(d=1))
for call in (lambda: s.bind(1), lambda: s.bind(), lambda: inspect.signature(K.m).bind(1, 2, 3),
             lambda: inspect.signature(K.m).bind(1, zz=3), lambda: inspect.signature(K.m).bind(1, 2, z=3),
             lambda: inspect.signature(g).bind(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for bad in (3, "text", None):
    try:
        inspect.signature(bad)
    except TypeError as e:
        print("TypeError:", e)
P = inspect.Parameter
sig = inspect.Signature([P("a", P.POSITIONAL_OR_KEYWORD), P("b", P.KEYWORD_ONLY, default="x"),
                         P("rest", P.VAR_KEYWORD)])
print(sig, sig.replace(parameters=[P("only", P.POSITIONAL_ONLY), P("z", P.POSITIONAL_OR_KEYWORD)]))
print(P("x", P.POSITIONAL_OR_KEYWORD, default=1).replace(name="y", default=None))
print(P("v", P.VAR_POSITIONAL) == P("v", P.VAR_POSITIONAL), P("v", 2) == P("w", 2))
for make in (lambda: P("a", 9), lambda: P("a", P.VAR_POSITIONAL, default=1), lambda: P(3, 1),
             lambda: P("not valid", 1), lambda: inspect.Signature([P("a", 1), P("a", 1)]),
             lambda: inspect.Signature([P("a", 3), P("b", 1)]),
             lambda: inspect.Signature([P("a", 1, default=1), P("b", 1)])):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def check_types(fn):
    sig = inspect.signature(fn)

    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        return sorted(bound.arguments.items())
    return wrapper


print(check_types(f)(10, c="see"))
print(check_types(g)("x", flag=True))
