"""A connection pool limited by a BoundedSemaphore, used as a context manager."""
import queue
import threading
import time
from collections import Counter


class PoolExhausted(Exception):
    pass


class Connection:
    _ids = 0
    _ids_lock = threading.Lock()

    def __init__(self, dsn):
        with Connection._ids_lock:
            Connection._ids += 1
            self.id = Connection._ids
        self.dsn = dsn
        self.queries = 0
        self.closed = False

    def execute(self, sql, *params):
        if self.closed:
            raise RuntimeError(f"connection {self.id} is closed")
        self.queries += 1
        time.sleep(0.001)
        return f"#{self.id} {sql % params if params else sql}"

    def __repr__(self):
        state = "closed" if self.closed else "open"
        return f"<Connection id={self.id} {state} queries={self.queries}>"


class Pool:
    def __init__(self, dsn, size):
        self._sem = threading.BoundedSemaphore(size)
        self._idle = queue.LifoQueue()
        self._all = []
        self._lock = threading.Lock()
        self.dsn = dsn
        self.peak = 0
        self._in_use = 0
        self.size = size

    def acquire(self, timeout=None):
        if not self._sem.acquire(timeout=timeout):
            raise PoolExhausted(f"no connection free within {timeout}s")
        with self._lock:
            self._in_use += 1
            self.peak = max(self.peak, self._in_use)
            try:
                return self._idle.get_nowait()
            except queue.Empty:
                conn = Connection(self.dsn)
                self._all.append(conn)
                return conn

    def release(self, conn):
        with self._lock:
            self._in_use -= 1
            self._idle.put(conn)
        self._sem.release()

    def connection(self):
        pool = self

        class _Ctx:
            def __enter__(self):
                self.conn = pool.acquire(timeout=2)
                return self.conn

            def __exit__(self, *exc):
                pool.release(self.conn)
                return False

        return _Ctx()

    def close(self):
        for c in self._all:
            c.closed = True


def main():
    pool = Pool("postgres://localhost/shop", size=3)
    results = []
    rlock = threading.Lock()

    def client(n):
        for q in range(4):
            with pool.connection() as conn:
                row = conn.execute("SELECT %d FROM t WHERE q=%d", n, q)
            with rlock:
                results.append(row.split(" ", 1)[1])

    ts = [threading.Thread(target=client, args=(i,)) for i in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(len(results), sorted(results)[:3])
    print("connections made:", len(pool._all), "<= 3:", len(pool._all) <= 3, "peak <= 3:", pool.peak <= 3)
    print("total queries:", sum(c.queries for c in pool._all))
    held = [pool.acquire() for _ in range(3)]
    try:
        pool.acquire(timeout=0.01)
    except PoolExhausted as e:
        print("exhausted:", e)
    for c in held:
        pool.release(c)
    try:
        pool._sem.release()
    except ValueError as e:
        print("ValueError:", e)
    pool.close()
    try:
        pool._all[0].execute("SELECT 1")
    except RuntimeError as e:
        print(e.args[0].replace(str(pool._all[0].id), "N"))
    print(repr(pool._all[0]).split()[2])
    s = threading.Semaphore(2)
    print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
    s.release(2)
    print(s.acquire(False), s._value if hasattr(s, "_value") else "?")
    ctr = Counter(type(x).__name__ for x in (s, pool._sem, pool._idle))
    print(sorted(ctr.items()))


if __name__ == "__main__":
    main()
