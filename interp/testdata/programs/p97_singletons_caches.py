"""Thread-safe singletons (double-checked locking, metaclass, __new__) and caches under contention."""
import functools
import threading
import time


_instances = {}
_instances_lock = threading.Lock()


def singleton(cls):
    @functools.wraps(cls, updated=())
    def get_instance(*args, **kwargs):
        if cls not in _instances:
            with _instances_lock:
                if cls not in _instances:
                    time.sleep(0.01)
                    _instances[cls] = cls(*args, **kwargs)
        return _instances[cls]
    get_instance.cls = cls
    return get_instance


@singleton
class Config:
    created = 0

    def __init__(self, env='prod'):
        Config.cls.created += 1
        self.env = env


@singleton
class Registry:
    def __init__(self):
        self.items = {}


class Database:
    _instance = None
    _lock = threading.Lock()
    inits = 0

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    inst = super().__new__(cls)
                    inst._ready = False
                    cls._instance = inst
        return cls._instance

    def __init__(self, dsn='sqlite://'):
        with self._lock:
            if self._ready:
                return
            Database.inits += 1
            self.dsn = dsn
            self._ready = True


seen = []
seen_lock = threading.Lock()


def grab(i):
    c = Config(env=f'env{i}')
    d = Database(dsn=f'db{i}')
    r = Registry()
    with seen_lock:
        seen.append((id(c), id(d), id(r)))


threads = [threading.Thread(target=grab, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('distinct configs:', len({s[0] for s in seen}), 'created:', Config.cls.created)
print('distinct databases:', len({s[1] for s in seen}), 'inits:', Database.inits)
print('distinct registries:', len({s[2] for s in seen}))
print('registry is not config:', Registry() is not Config(), type(Registry()).__name__)
print('config env starts with env:', Config().env.startswith('env'))
print('decorated:', Config.__name__, Config.__doc__, type(Config).__name__, Config.cls.__name__)
print('instances keys:', sorted(k.__name__ for k in _instances))

calls = []


@functools.lru_cache(maxsize=4)
def slow_square(n):
    calls.append(n)
    time.sleep(0.001)
    return n * n


def use_cache(values):
    return [slow_square(v) for v in values]


# sequential warm-up makes the cache content deterministic
print(use_cache([1, 2, 3]))
print(slow_square.cache_info())
workers = [threading.Thread(target=use_cache, args=([1, 2, 3],)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
info = slow_square.cache_info()
print('hits after threads:', info.hits, 'misses:', info.misses, 'size:', info.currsize)
print(use_cache([4, 5, 1]), 'evicted 2?', 2 not in calls[6:] and slow_square(2) == 4)
print('calls:', calls)
print(slow_square.cache_info()._asdict())
slow_square.cache_clear()
print('cleared:', slow_square.cache_info())
print('wrapped name:', slow_square.__wrapped__.__name__, slow_square.__name__)


class TTLCache:
    def __init__(self):
        self._data = {}
        self._lock = threading.RLock()
        self.loads = 0

    def get(self, key, loader):
        with self._lock:
            if key not in self._data:
                self.loads += 1
                self._data[key] = loader(key)
            return self._data[key]


cache = TTLCache()
out = {}


def reader(k):
    out[k] = cache.get(k % 3, lambda key: f'value-{key}')


ts = [threading.Thread(target=reader, args=(k,)) for k in range(9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('loads:', cache.loads, 'values:', sorted(set(out.values())))
