"""A thread pool built by hand, as in course notes before they show
concurrent.futures: a task queue, N daemon workers, a tiny Promise
object per task, map() that keeps the input order, and close()/join()
with one sentinel per worker.
"""
import queue
import threading
import time


class Promise:
    __slots__ = ("_done", "_value", "_error")

    def __init__(self):
        self._done = threading.Event()
        self._value = self._error = None

    def resolve(self, value=None, error=None):
        self._value, self._error = value, error
        self._done.set()

    def get(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError("promise not resolved in time")
        if self._error is not None:
            raise self._error
        return self._value

    def __repr__(self):
        state = "done" if self._done.is_set() else "pending"
        return f"<Promise {state}>"


class Pool:
    _SENTINEL = None

    def __init__(self, size):
        self._tasks = queue.Queue()
        self._closed = False
        self.stats = {}
        self._stats_lock = threading.Lock()
        self._workers = [
            threading.Thread(target=self._work, name=f"pool-{i}", daemon=True)
            for i in range(size)
        ]
        for w in self._workers:
            w.start()

    def _work(self):
        me = threading.current_thread().name
        while True:
            item = self._tasks.get()
            if item is self._SENTINEL:
                self._tasks.task_done()
                return
            func, args, kwargs, promise = item
            try:
                promise.resolve(func(*args, **kwargs))
            except BaseException as exc:  # noqa: B036 - handed to the caller
                promise.resolve(error=exc)
            finally:
                with self._stats_lock:
                    self.stats[me] = self.stats.get(me, 0) + 1
                self._tasks.task_done()

    def apply_async(self, func, *args, **kwargs):
        if self._closed:
            raise ValueError("Pool not running")
        p = Promise()
        self._tasks.put((func, args, kwargs, p))
        return p

    def map(self, func, iterable):
        return [p.get() for p in [self.apply_async(func, x) for x in iterable]]

    def close(self):
        self._closed = True
        for _ in self._workers:
            self._tasks.put(self._SENTINEL)

    def join(self):
        self._tasks.join()
        for w in self._workers:
            w.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        self.join()
        return False


def slow_square(x):
    time.sleep(0.001 * (5 - x % 5))
    return x * x


def fails(x):
    if x % 3 == 0:
        raise ValueError(f"{x} is divisible by 3")
    return -x


with Pool(3) as pool:
    print("map:", pool.map(slow_square, range(10)))
    promises = [pool.apply_async(fails, x) for x in range(1, 7)]
    for x, p in enumerate(promises, 1):
        try:
            print(f"fails({x}) = {p.get(timeout=5)}")
        except ValueError as exc:
            print(f"fails({x}) raised {exc!r}")
    gate = threading.Event()
    blocked = pool.apply_async(gate.wait)
    try:
        blocked.get(timeout=0.01)
    except TimeoutError as exc:
        print("timeout:", exc, blocked)
    gate.set()
    print("blocked result:", blocked.get(), blocked)
    kw = pool.apply_async(sorted, [3, 1, 2], key=lambda v: -v)
    print("kwargs:", kw.get())
    exit_p = pool.apply_async(SystemExit, 3)
    print("returned an exception object:", repr(exit_p.get()))

print("tasks run:", sum(pool.stats.values()))
print("workers alive:", [w.is_alive() for w in pool._workers])
try:
    pool.apply_async(print, "late")
except ValueError as exc:
    print("after close:", exc)
print("threads:", threading.active_count())
