"""Writer-preferring readers/writer lock built from Condition; config via SimpleNamespace."""
import threading
import time
from types import SimpleNamespace
from contextlib import contextmanager


class RWLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0
        self.max_readers = 0

    @contextmanager
    def read(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._waiting_writers == 0)
            self._readers += 1
            self.max_readers = max(self.max_readers, self._readers)
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if self._readers == 0:
                    self._cond.notify_all()

    @contextmanager
    def write(self):
        with self._cond:
            self._waiting_writers += 1
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._waiting_writers -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


cfg = SimpleNamespace(readers=5, writers=2, reads_each=20, writes_each=10)
cfg.total_writes = cfg.writers * cfg.writes_each
print(cfg)
print("same:", cfg == SimpleNamespace(**vars(cfg)), "keys:", sorted(vars(cfg)))

rw = RWLock()
shared = {"version": 0, "data": []}
bad_reads = []
bl = threading.Lock()


def reader(i):
    for _ in range(cfg.reads_each):
        with rw.read():
            v = shared["version"]
            n = len(shared["data"])
            if v != n:
                with bl:
                    bad_reads.append((i, v, n))
        time.sleep(0.0005)


def writer(i):
    for k in range(cfg.writes_each):
        with rw.write():
            shared["data"].append((i, k))
            time.sleep(0.0002)
            shared["version"] += 1
        time.sleep(0.0005)


threads = [threading.Thread(target=reader, args=(i,)) for i in range(cfg.readers)]
threads += [threading.Thread(target=writer, args=(i,)) for i in range(cfg.writers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("version:", shared["version"], "expected:", cfg.total_writes)
print("inconsistent reads:", bad_reads)
print("readers overlapped at least once:", rw.max_readers >= 1)
print("per-writer order kept:", all(
    [k for w, k in shared["data"] if w == i] == list(range(cfg.writes_each)) for i in range(cfg.writers)))

ns = SimpleNamespace(a=1)
ns.b = [1, 2]
del ns.a
print(ns, hasattr(ns, "a"), getattr(ns, "b"))
try:
    ns.a
except AttributeError as e:
    print("AttributeError:", e)
nested = SimpleNamespace(db=SimpleNamespace(host="localhost", port=5432), name="сервис")
print(nested)
print(f"{nested.db.host}:{nested.db.port} {nested.name!r}")
