# A functools.wraps decorator on methods (the synchronized idiom): the
# result binds to the instance like the function it wraps; bound
# methods show the wrapped function's __doc__; lru_cache on a method
# binds too, with the instance in the key.
import functools
import threading


def synchronized(fn):
    @functools.wraps(fn)
    def wrapper(self, *a, **k):
        with self.lock:
            return fn(self, *a, **k)
    return wrapper


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.n = 0

    @synchronized
    def inc(self, k=1):
        """Add k."""
        self.n += k
        return self.n

    @functools.lru_cache(maxsize=None)
    def square(self, x):
        print("computing", x)
        return x * x


c = Counter()
print(c.inc(), c.inc(5), Counter.inc.__name__, c.inc.__doc__, Counter.inc.__wrapped__.__name__)
ts = [threading.Thread(target=c.inc) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(c.n, c.inc.__name__, c.inc.__self__ is c)
print(c.square(4), c.square(4), Counter.square.cache_info().hits)


class Callable:
    def __call__(self, *a):
        return a


def plain():
    """doc"""


w = functools.update_wrapper(Callable(), plain)


class Holder:
    attr = w


print(Holder().attr(1), w.__name__)
