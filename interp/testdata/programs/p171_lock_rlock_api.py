"""Lock and RLock, method by method, as a course's lab sheet asks:
acquire(blocking=False), acquire(timeout=...), locked(), release()
errors, RLock re-entrance counted in its repr, ownership across threads,
and a recursive tree walk that needs an RLock.
"""
import re
import threading


def show(obj):
    text = re.sub(r"0x[0-9a-f]+", "0x…", repr(obj))
    return re.sub(r"owner=\d+", lambda m: "owner=" + ("0" if m.group() == "owner=0" else "T"), text)


lock = threading.Lock()
print("fresh:", show(lock), lock.locked())
print("acquire(blocking=False):", lock.acquire(blocking=False))
print("again, non-blocking:", lock.acquire(False))
print("again, timeout=0.01:", lock.acquire(timeout=0.01))
print("again, 0 timeout:", lock.acquire(True, 0))
print("held:", show(lock), lock.locked())
for kwargs in ({"blocking": False, "timeout": 1}, {"timeout": -2}, {"timeout": "1"}):
    try:
        lock.acquire(**kwargs)
    except (ValueError, TypeError) as exc:
        print(f"acquire(**{kwargs}): {type(exc).__name__}: {exc}")
lock.release()
try:
    lock.release()
except RuntimeError as exc:
    print("release twice:", exc)

# A Lock may be released by another thread; an RLock may not.
lock.acquire()
threading.Thread(target=lock.release).start()
while lock.locked():
    pass
print("released by another thread:", lock.locked())

rlock = threading.RLock()
try:
    rlock.release()
except RuntimeError as exc:
    print("release un-acquired RLock:", exc)
for depth in range(1, 4):
    rlock.acquire()
    print(f"depth {depth}:", show(rlock))
errors = []


def steal():
    try:
        rlock.release()
    except RuntimeError as exc:
        errors.append(str(exc))
    errors.append(rlock.acquire(timeout=0.01))
    errors.append(rlock._is_owned())


t = threading.Thread(target=steal)
t.start()
t.join()
print("other thread:", errors)
while True:
    try:
        rlock.release()
    except RuntimeError:
        break
print("fully released:", show(rlock))

with rlock:
    with rlock:
        print("nested with:", show(rlock))
print("after with:", show(rlock))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
        self._lock = threading.RLock()

    def total(self):
        with self._lock:
            return self.value + sum(child.total() for child in self.children)

    def depth_locked(self):
        with self._lock:
            with self._lock:
                return show(self._lock).split()[3:5]


leaf = Tree(3)
tree = Tree(1, Tree(2, leaf), leaf, Tree(4))
results = []
threads = [threading.Thread(target=lambda: results.append(tree.total())) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("totals:", results, tree.depth_locked())

# Context-manager protocol by hand
print(lock.__enter__(), lock.locked(), lock.__exit__(None, None, None), lock.locked())
print(rlock.__enter__(), show(rlock))
rlock.__exit__(None, None, None)
print(type(lock).__name__, type(rlock).__name__, type(lock).__module__)
print(isinstance(lock, type(threading.Lock())), threading.Lock is threading.Lock)
try:
    threading.Lock(1)
except TypeError as exc:
    print("Lock(1):", exc)
