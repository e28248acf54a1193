"""Python Cookbook, recipe 12.5: locking with deadlock avoidance.

acquire(*locks) is a context manager that always takes locks in
increasing id() order and records them in a threading.local; asking for
a lock that sorts before one already held raises RuntimeError('Lock
Order Violation'). The dining philosophers eat without deadlock.
"""
import threading
from contextlib import contextmanager

_local = threading.local()


@contextmanager
def acquire(*locks):
    locks = sorted(locks, key=lambda x: id(x))
    acquired = getattr(_local, "acquired", [])
    if acquired and max(id(lock) for lock in acquired) >= id(locks[0]):
        raise RuntimeError("Lock Order Violation")
    acquired.extend(locks)
    _local.acquired = acquired
    try:
        for lock in locks:
            lock.acquire()
        yield
    finally:
        for lock in reversed(locks):
            lock.release()
        del acquired[-len(locks):]


x_lock = threading.Lock()
y_lock = threading.Lock()
low, high = sorted((x_lock, y_lock), key=id)
counts = {"xy": 0, "yx": 0}


def thread_1():
    for _ in range(200):
        with acquire(x_lock, y_lock):
            counts["xy"] += 1


def thread_2():
    for _ in range(200):
        with acquire(y_lock, x_lock):
            counts["yx"] += 1


ts = [threading.Thread(target=f, daemon=True) for f in (thread_1, thread_2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("no deadlock:", counts, "held after:", getattr(_local, "acquired", None))

violations = []


def nested_bad():
    try:
        with acquire(high):
            with acquire(low):
                pass
    except RuntimeError as exc:
        violations.append((threading.current_thread().name, str(exc)))
    violations.append(("held", list(_local.acquired), low.locked(), high.locked()))


def nested_good():
    with acquire(low):
        with acquire(high):
            violations.append(("good", len(_local.acquired)))


for target in (nested_bad, nested_good):
    t = threading.Thread(target=target, name=target.__name__)
    t.start()
    t.join()
print(violations)

# Dining philosophers with the ordered acquire
N = 5
chopsticks = [threading.Lock() for _ in range(N)]
meals = [0] * N
meals_lock = threading.Lock()


def philosopher(i, left, right):
    for _ in range(50):
        with acquire(left, right):
            with meals_lock:
                meals[i] += 1


phils = [threading.Thread(target=philosopher, name=f"phil-{n}",
                          args=(n, chopsticks[n], chopsticks[(n + 1) % N]))
         for n in range(N)]
for p in phils:
    p.start()
for p in phils:
    p.join()
print("meals:", meals, "all free:", not any(c.locked() for c in chopsticks))

# The context manager also releases on exceptions
try:
    with acquire(x_lock, y_lock):
        raise KeyError("inside")
except KeyError as exc:
    print("KeyError", exc, "locks free:", not x_lock.locked(), not y_lock.locked())
print("main acquired list:", getattr(_local, "acquired", "unset"))
