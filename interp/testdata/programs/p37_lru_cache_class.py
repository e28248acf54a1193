"""A thread-safe LRU cache built on OrderedDict, with hit statistics."""
import threading
from collections import OrderedDict, namedtuple
from functools import lru_cache, partial

Stats = namedtuple("Stats", "hits misses evictions size")


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self._data = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, loader):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                self.hits += 1
                return self._data[key]
            self.misses += 1
        value = loader(key)
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.capacity:
                self._data.popitem(last=False)
                self.evictions += 1
        return value

    def stats(self):
        with self._lock:
            return Stats(self.hits, self.misses, self.evictions, len(self._data))

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def keys(self):
        return list(self._data)


def load(prefix, key):
    return f"{prefix}-{key * key}"


def main():
    cache = LRUCache(3)
    loader = partial(load, "v")
    print(loader.func.__name__, loader.args, loader.keywords)
    sequence = [1, 2, 3, 1, 4, 1, 5, 2, 1]
    for k in sequence:
        cache.get(k, loader)
    print("keys:", cache.keys(), "len:", len(cache), 4 in cache, 3 in cache)
    print(cache.stats())
    print(cache.stats()._asdict())
    s = cache.stats()
    print(s._replace(size=0), s.hits + s.misses == len(sequence), Stats._fields)

    shared = LRUCache(8)
    barrier = threading.Barrier(4)

    def worker(n):
        barrier.wait()
        for k in range(n, n + 6):
            shared.get(k % 8, loader)

    ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    st = shared.stats()
    print("shared size:", st.size, "lookups:", st.hits + st.misses, "evictions:", st.evictions)
    print("sorted keys:", sorted(shared.keys()))

    @lru_cache(maxsize=4)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    print([fib(i) for i in range(15)])
    info = fib.cache_info()
    print(info, info.maxsize, type(info).__name__)
    fib.cache_clear()
    print(fib.cache_info())

    @lru_cache
    def square(x):
        return x * x

    print(square(4), square(4), square.cache_info().hits)
    try:
        LRUCache(0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        square([1])
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
