# weakref.WeakKeyDictionary and WeakSet: entries keyed by objects held weakly; a
# missing key raises KeyError, also in WeakValueDictionary.
import gc
import threading
import weakref


class Conn:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Conn({self.name})"


locks = weakref.WeakKeyDictionary()


def lock_for(obj):
    return locks.setdefault(obj, threading.Lock())


a, b = Conn("a"), Conn("b")
print(lock_for(a) is lock_for(a), lock_for(a) is lock_for(b), len(locks))
print(a in locks, Conn("c") in locks, 1 in locks, [1] in locks)
print(list(locks.keys()), [type(v).__name__ for v in locks.values()], len(list(locks.items())))
locks[a] = "replaced"
print(locks[a], locks.get(b) is not None, locks.get(Conn("x"), "dflt"))
del locks[b]
print(list(locks), len(locks), bool(locks))
try:
    del locks[b]
except KeyError as e:
    print("KeyError", str(e).startswith("<weakref at 0x"))
try:
    locks[Conn("z")]
except KeyError as e:
    print("KeyError", str(e).startswith("<weakref at 0x"))
try:
    locks[1] = 2
except TypeError as e:
    print("TypeError:", e)
print(locks.pop(a), locks.pop(a, "none"), len(locks))
tmp = Conn("tmp")
locks[tmp] = 1
del tmp
gc.collect()
print("after collect:", len(locks), list(locks))
d2 = weakref.WeakKeyDictionary({a: 1, b: 2})
d2.update([(a, 10)])
print(sorted((k.name, v) for k, v in d2.items()), [type(r).__name__ for r in d2.keyrefs()])
print(repr(d2).startswith("<WeakKeyDictionary at 0x"), type(d2).__name__)

subscribers = weakref.WeakSet()
s1, s2 = Conn("s1"), Conn("s2")
subscribers.add(s1)
subscribers.add(s2)
subscribers.add(s1)
print(len(subscribers), s1 in subscribers, Conn("s1") in subscribers, 5 in subscribers)
print(sorted(c.name for c in subscribers), type(subscribers).__name__, type(subscribers).__module__)
subscribers.discard(s2)
subscribers.discard(Conn("none"))
print(list(subscribers))
try:
    subscribers.remove(s2)
except KeyError as e:
    print("KeyError", str(e).startswith("<weakref at 0x"))
tmp = Conn("gone")
subscribers.add(tmp)
del tmp
gc.collect()
print(list(subscribers), bool(subscribers))
c = subscribers.copy()
subscribers.clear()
print(len(subscribers), list(c), repr(weakref.WeakSet()))
print(c.pop(), len(c))
try:
    c.pop()
except KeyError as e:
    print("KeyError", str(e).startswith("<weakref at 0x"))
ws = weakref.WeakSet([a, b])
print(len(ws), repr(ws).startswith("{<weakref at 0x"))
try:
    ws.add(3)
except TypeError as e:
    print("TypeError:", e)
wv = weakref.WeakValueDictionary()
try:
    wv["x"]
except KeyError as e:
    print("KeyError", e)
class A: pass
a = A()
wv["k"] = a
print("k" in wv, "z" in wv, len(wv))
del wv["k"]
print(len(wv))
