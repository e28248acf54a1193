# eval and locals() in closures, generators, class bodies, lambdas, except and with.
def outer():
    a = 1
    def inner():
        b = a
        return eval("a + b"), sorted(locals())
    return inner()
print(outer())
def gen():
    z = 5
    yield eval("z")
    yield sorted(locals())
print(list(gen()))
class C:
    attr = 3
    print(sorted(k for k in locals() if not k.startswith("__")))
    print(eval("attr"))
lam = lambda q: eval("q + 1")
print(lam(1))
def kw(**kwargs):
    return locals()
print(kw(a=1))
def star(*args, key=None):
    return locals()
print(star(1, 2, key=3))
try:
    raise ValueError("x")
except ValueError as err:
    print(eval("str(err)"))
import io
with io.StringIO("s") as fh:
    print(eval("fh.closed"))
