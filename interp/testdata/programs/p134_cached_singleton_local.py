"""Thread-safe singleton via double-checked locking, a memo cache guarded by
an RLock, and per-thread 'connections' with threading.local."""
import threading
import functools
from collections import OrderedDict


class Config:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = super().__new__(cls)
                    cls.created += 1
        return cls._instance

    def __repr__(self):
        return f"<Config id-equal={self is Config._instance}>"


seen = []
sl = threading.Lock()


def grab():
    c = Config()
    with sl:
        seen.append(c)


ts = [threading.Thread(target=grab) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("instances created:", Config.created, "all same:", all(s is seen[0] for s in seen), seen[0])


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.lock = threading.RLock()
        self.hits = self.misses = 0

    def get_or_compute(self, key, fn):
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                self.hits += 1
                return self.data[key]
            self.misses += 1
            value = fn(key)
            self.put(key, value)
            return value

    def put(self, key, value):
        with self.lock:  # re-entrant
            self.data[key] = value
            self.data.move_to_end(key)
            while len(self.data) > self.capacity:
                self.data.popitem(last=False)


cache = LRU(4)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def user(keys):
    for k in keys:
        cache.get_or_compute(k, fib)


ts = [threading.Thread(target=user, args=([5, 6, 5, 7, 8],)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("hits+misses:", cache.hits + cache.misses, "keys:", sorted(cache.data), "values:", [cache.data[k] for k in sorted(cache.data)])


@functools.lru_cache(maxsize=None)
def slow_square(n):
    return n * n


ts = [threading.Thread(target=lambda: [slow_square(i % 5) for i in range(20)]) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
info = slow_square.cache_info()
print("lru_cache currsize:", info.currsize, "total calls:", info.hits + info.misses)

local = threading.local()
opened = []
ol = threading.Lock()


class FakeConnection:
    counter = 0

    def __init__(self, owner):
        with ol:
            FakeConnection.counter += 1
            self.id = FakeConnection.counter
            opened.append(owner)
        self.owner = owner
        self.queries = []

    def execute(self, sql):
        self.queries.append(sql)
        return f"{self.owner}: {sql}"


def get_conn():
    if not hasattr(local, "conn"):
        local.conn = FakeConnection(threading.current_thread().name)
    return local.conn


out = {}


def handler(n):
    c = get_conn()
    for i in range(n):
        c.execute(f"SELECT {i}")
    assert get_conn() is c
    out[threading.current_thread().name] = len(c.queries)


ts = [threading.Thread(target=handler, args=(i + 1,), name=f"db-{i}") for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("connections opened:", sorted(opened), "queries:", dict(sorted(out.items())))
print("main has conn:", hasattr(local, "conn"))
print(get_conn().execute("SELECT 'главный'"))
