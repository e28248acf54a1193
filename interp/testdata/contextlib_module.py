# contextlib: a @contextmanager lock helper with a timeout, used across
# threads; suppress; nullcontext; and a generator that doesn't yield.
import threading
import time
from contextlib import contextmanager, suppress, nullcontext

@contextmanager
def acquire_timeout(lock, timeout):
    result = lock.acquire(timeout=timeout)
    try:
        yield result
    finally:
        if result:
            lock.release()
        print("released" if result else "not acquired")

@contextmanager
def timer(label):
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    print(f"{label}: fast={elapsed < 0.5}")

lock = threading.Lock()
with acquire_timeout(lock, 0.1) as ok:
    print("got lock:", ok, lock.locked())
    def other():
        with acquire_timeout(lock, 0.05) as ok2:
            print("other got lock:", ok2)
    t = threading.Thread(target=other)
    t.start(); t.join()
print("locked after:", lock.locked())
with timer("work"):
    time.sleep(0.01)
try:
    with acquire_timeout(lock, 0.1):
        raise ValueError("inside")
except ValueError as e:
    print("propagated:", e, lock.locked())
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
try:
    with suppress(KeyError):
        [][0]
except IndexError:
    print("not suppressed")
with nullcontext(5) as v:
    print("null", v)
@contextmanager
def bad():
    return
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
