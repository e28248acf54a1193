# type() of a Lock and an RLock is _thread.lock and _thread.RLock, as
# their reprs and every message that names the type say.
import threading

for lock in (threading.Lock(), threading.RLock()):
    t = type(lock)
    print(t, t.__name__, t.__qualname__, t.__module__, isinstance(lock, t))
    for bad in (lambda: lock.nope, lambda: lock + 1, lambda: len(lock), lambda: lock(), lambda: lock[0],
                lambda: iter(lock), lambda: lock < lock):
        try:
            bad()
        except (AttributeError, TypeError) as exc:
            print(" ", type(exc).__name__, exc)
print(type(threading.Lock()) is type(threading.Lock()), type(threading.Condition()._lock))
print(sorted({type(threading.Lock()).__name__, type(threading.RLock()).__name__}))
