"""Blog post "with lock: in the places people forget": a generator that
holds a lock across yields (released by close() and by gc.collect()
after del), a contextlib.contextmanager that acquires with a timeout,
ExitStack over several locks, a queue drained with iter(q.get, None),
and a graceful shutdown with an Event instead of KeyboardInterrupt.
"""
import contextlib
import gc
import queue
import threading
import time

lock = threading.Lock()


def guarded_rows(rows):
    with lock:
        for r in rows:
            yield r.upper()


g = guarded_rows(["a", "b", "c"])
print("first:", next(g), "locked while suspended:", lock.locked())
g.close()
print("after close():", lock.locked())
g = guarded_rows(["x", "y"])
next(g)
del g
gc.collect()
print("after del + gc.collect():", lock.locked())
print("exhausted:", list(guarded_rows(["p", "q"])), lock.locked())


@contextlib.contextmanager
def acquired(lk, timeout):
    if not lk.acquire(timeout=timeout):
        raise TimeoutError(f"could not get {type(lk).__name__} in {timeout}s")
    try:
        yield lk
    finally:
        lk.release()


with acquired(lock, 0.1) as held:
    print("inside:", held is lock, lock.locked())
    try:
        with acquired(lock, 0.01):
            pass
    except TimeoutError as exc:
        print("nested:", exc)
print("outside:", lock.locked())
try:
    with acquired(lock, 1):
        raise ValueError("body failed")
except ValueError as exc:
    print("body error", exc, "| released:", not lock.locked())

locks = [threading.Lock() for _ in range(3)]
with contextlib.ExitStack() as stack:
    for lk in locks:
        stack.enter_context(lk)
    print("ExitStack holds:", [lk.locked() for lk in locks])
print("ExitStack released:", [lk.locked() for lk in locks])

rlock = threading.RLock()


def nested_gen(depth):
    with rlock:
        yield depth
        if depth:
            yield from nested_gen(depth - 1)


print("RLock in recursive generator:", list(nested_gen(3)))

q = queue.Queue()
out = []


def consumer():
    for item in iter(q.get, None):
        out.append(item * 2)
        q.task_done()
    q.task_done()


c = threading.Thread(target=consumer, name="consumer")
c.start()
for i in range(5):
    q.put(i)
q.put(None)
q.join()
c.join()
print("iter(q.get, None):", out, "| alive:", c.is_alive())

stop = threading.Event()
ticks = {}
tick_lock = threading.Lock()


def service(name):
    n = 0
    while not stop.is_set():
        n += 1
        if stop.wait(0.001):
            break
    with tick_lock:
        ticks[name] = n > 0
    return n


svcs = [threading.Thread(target=service, args=(f"svc-{i}",), name=f"svc-{i}") for i in range(3)]
for s in svcs:
    s.start()
time.sleep(0.01)
print("running:", sorted(t.name for t in threading.enumerate() if t.name.startswith("svc")))
stop.set()
for s in svcs:
    s.join(timeout=5)
print("stopped cleanly:", sorted(ticks.items()), [s.is_alive() for s in svcs])
print("stop.wait() now returns at once:", stop.wait(), stop.wait(0))
