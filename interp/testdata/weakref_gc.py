# weakref on Go's weak pointers: a ref dies once its object is freed and
# gc.collect() has run; its callback runs then. del x lets the object go
# (even when x was just passed to a call), as refcounting CPython does.
import weakref, gc, threading


class Obj:
    pass


def make():
    o = Obj()
    return weakref.ref(o, lambda r: print("callback", r() is None))


r = make()
print("collect returns", gc.collect())
print("after collect", r())


def deleted(kind):
    lock = kind()
    ref = weakref.ref(lock)
    print(ref() is lock)
    del lock
    gc.collect()
    print(type(ref).__name__, ref())


deleted(threading.Lock)
deleted(threading.RLock)
deleted(threading.Condition)
deleted(Obj)
for v in [1, "s", (1,), [1], {}]:
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)
d = weakref.WeakValueDictionary()
k = Obj()
d["a"] = k
print(d["a"] is k, len(d), d.get("b"), list(d))


def fin():
    x = Obj()
    return weakref.finalize(x, print, "finalized")


f = fin()
gc.collect()
print(f.alive)
print(gc.isenabled())
