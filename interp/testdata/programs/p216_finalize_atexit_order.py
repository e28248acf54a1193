"""Blog post "cleaning up after threads": weakref.finalize on resources owned
by workers, atexit handlers registered from several threads (they run LIFO
after non-daemon threads finish), finalize(atexit=True) at shutdown, detach,
alive/peek, and a daemon thread that is still blocked at exit.
"""
import atexit
import threading
import weakref
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name!r})"


def closed(name, reason="collected"):
    print(f"finalize: {name} ({reason})")


r1 = Resource("db")
f1 = weakref.finalize(r1, closed, "db")
print("alive:", f1.alive, "atexit flag:", f1.atexit)
func, args, kwargs = f1.peek()[1:]
print("peek:", func.__name__, args, kwargs)
del r1
gc.collect()
print("alive after del:", f1.alive)
print("call again returns:", f1())

r2 = Resource("cache")
f2 = weakref.finalize(r2, closed, "cache", reason="manual")
print("manual call:", f2(), "alive:", f2.alive)

r3 = Resource("socket")
f3 = weakref.finalize(r3, closed, "socket")
obj, fn, a, kw = f3.detach()
print("detached:", obj, fn.__name__, a, "alive:", f3.alive)

keep = Resource("log file")
weakref.finalize(keep, closed, "log file", reason="interpreter exit")

order = []
lock = threading.Lock()
step = [threading.Event() for _ in range(3)]


def register(i):
    step[i].wait()
    atexit.register(print, f"atexit from worker {i}")
    with lock:
        order.append(i)
    if i + 1 < len(step):
        step[i + 1].set()


workers = [threading.Thread(target=register, args=(i,), name=f"reg-{i}") for i in range(3)]
for w in workers:
    w.start()
step[0].set()
for w in workers:
    w.join()
print("registration order:", order)


@atexit.register
def goodbye():
    print("atexit goodbye, threads:", sorted(t.name for t in threading.enumerate()))


def unregistered():
    print("never printed")


atexit.register(unregistered)
atexit.unregister(unregistered)

blocker = threading.Event()
daemon = threading.Thread(target=blocker.wait, name="stuck-daemon", daemon=True)
daemon.start()


def late():
    print("late non-daemon worker finishing")


threading.Timer(0.02, late).start()
print("main script done")
