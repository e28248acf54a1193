# weakref.finalize: alive, atexit, peek, detach, repr, and the exit run:
# live finalizers with atexit set run newest first, where the atexit list
# had its first finalize made.
import atexit
import gc
import weakref


class Res:
    pass


def done(name, *rest, **kw):
    print("finalized", name, rest, sorted(kw.items()))
    return name.upper()


atexit.register(print, "atexit registered before any finalize")

a = Res()
fa = weakref.finalize(a, done, "a", 1, 2, key="v")
print(isinstance(fa, weakref.finalize), type(fa).__name__)
print(fa.alive, fa.atexit)
obj, fn, args, kw = fa.peek()
print(obj is a, fn is done, args, kw)
print(repr(fa).startswith("<finalize object at 0x"), "; for 'Res' at 0x" in repr(fa))
print("call:", fa())
print("again:", fa(), fa.alive, fa.atexit, fa.peek(), fa.detach())
print(repr(fa).endswith("; dead>"))

b = Res()
fb = weakref.finalize(b, done, "b")
got = fb.detach()
print(got[0] is b, got[2], fb.alive, fb.detach())

c = Res()
fc = weakref.finalize(c, done, "c")
del c
gc.collect()
print("c alive:", fc.alive)

keep = [Res() for _ in range(4)]
fs = [weakref.finalize(r, done, f"exit-{i}") for i, r in enumerate(keep)]
fs[1].atexit = False
print([f.atexit for f in fs])
fs[2]()
fs[2].atexit = True
print(fs[2].atexit)
try:
    fs[0].alive = False
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.finalize(1, done)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.finalize(keep[0])
except TypeError as e:
    print("TypeError:", e)
atexit.register(print, "atexit registered last")
print("end of script")
for bad in [lambda: weakref.finalize(), lambda: fs[0].peek(1), lambda: setattr(fs[0], "peek", 1),
            lambda: setattr(fs[0], "x", 1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("call with an argument:", fs[3](None) is None or "ran")
