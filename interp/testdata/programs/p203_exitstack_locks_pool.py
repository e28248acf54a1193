"""Connection pool on a BoundedSemaphore, ExitStack over several locks, contextmanager helpers."""
import threading
from contextlib import ExitStack, contextmanager, suppress, nullcontext, closing
from collections import deque


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.closed = False
        self.queries = 0

    def query(self, sql):
        self.queries += 1
        return f"conn{self.cid}: {sql.upper()}"

    def close(self):
        self.closed = True

    def __repr__(self):
        state = "closed" if self.closed else "open"
        return f"<Connection #{self.cid} {state} q={self.queries}>"


class Pool:
    def __init__(self, size):
        self._sem = threading.BoundedSemaphore(size)
        self._free = deque(Connection(i) for i in range(size))
        self._lock = threading.Lock()
        self.max_in_use = 0
        self._in_use = 0

    @contextmanager
    def connection(self):
        with self._sem:
            with self._lock:
                conn = self._free.popleft()
                self._in_use += 1
                self.max_in_use = max(self.max_in_use, self._in_use)
            try:
                yield conn
            finally:
                with self._lock:
                    self._in_use -= 1
                    self._free.append(conn)

    def close_all(self):
        with ExitStack() as stack:
            for conn in self._free:
                stack.enter_context(closing(conn))
            print("closing", len(self._free), "connections")


pool = Pool(2)
results = []
rlock = threading.Lock()


def client(n):
    with pool.connection() as conn:
        r = conn.query(f"select {n}")
    with rlock:
        results.append(r.split(": ")[1])


threads = [threading.Thread(target=client, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print("max in use:", pool.max_in_use)
pool.close_all()
print(sorted(pool._free, key=lambda c: c.cid))

try:
    pool._sem.release()
except ValueError as e:
    print("ValueError:", e)

# acquire several locks in a fixed order with ExitStack
locks = {name: threading.Lock() for name in ("b", "a", "c")}
with ExitStack() as stack:
    for name in sorted(locks):
        stack.enter_context(locks[name])
    stack.callback(print, "callback runs last-in first-out")
    print("held:", [n for n, l in sorted(locks.items()) if l.locked()])
print("after:", [n for n, l in sorted(locks.items()) if l.locked()])

# pop_all keeps resources open beyond the with block
with ExitStack() as stack:
    stack.enter_context(locks["a"])
    kept = stack.pop_all()
print("a still locked:", locks["a"].locked())
kept.close()
print("a after close:", locks["a"].locked())


@contextmanager
def maybe_locked(lock=None):
    with (lock if lock is not None else nullcontext()) as held:
        yield held


with maybe_locked(locks["b"]) as h:
    print("with lock:", h, locks["b"].locked())
with maybe_locked() as h:
    print("without lock:", h)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")


@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)


with swallow():
    1 / 0
with ExitStack() as stack:
    stack.enter_context(swallow())
    raise ZeroDivisionError("inside ExitStack")
print("end")
