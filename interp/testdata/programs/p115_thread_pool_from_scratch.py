"""A thread pool written from scratch (the course exercise): task queue, futures-lite, map, shutdown."""
import queue
import threading


class Result:
    def __init__(self):
        self._done = threading.Event()
        self._value = None
        self._error = None

    def set(self, value=None, error=None):
        self._value, self._error = value, error
        self._done.set()

    def get(self, timeout=None):
        if not self._done.wait(timeout):
            raise TimeoutError('result not ready')
        if self._error is not None:
            raise self._error
        return self._value

    @property
    def ready(self):
        return self._done.is_set()


class ThreadPool:
    _STOP = object()

    def __init__(self, size):
        self.tasks = queue.Queue()
        self.workers = []
        self.completed = 0
        self._lock = threading.Lock()
        self._closed = False
        for i in range(size):
            t = threading.Thread(target=self._work, name=f'pool-{i}', daemon=True)
            t.start()
            self.workers.append(t)

    def _work(self):
        while True:
            item = self.tasks.get()
            if item is self._STOP:
                self.tasks.task_done()
                break
            fn, args, kwargs, result = item
            try:
                result.set(value=fn(*args, **kwargs))
            except BaseException as exc:
                result.set(error=exc)
            finally:
                with self._lock:
                    self.completed += 1
                self.tasks.task_done()

    def submit(self, fn, *args, **kwargs):
        if self._closed:
            raise RuntimeError('pool is closed')
        result = Result()
        self.tasks.put((fn, args, kwargs, result))
        return result

    def map(self, fn, iterable):
        return [r.get() for r in [self.submit(fn, x) for x in iterable]]

    def wait_completion(self):
        self.tasks.join()

    def close(self):
        self._closed = True
        for _ in self.workers:
            self.tasks.put(self._STOP)
        for t in self.workers:
            t.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


with ThreadPool(3) as pool:
    print('map fib:', pool.map(fib, range(12)))
    r = pool.submit(divmod, 17, 5)
    bad = pool.submit(int, 'двенадцать')
    kw = pool.submit(sorted, [3, 1, 2], reverse=True)
    print('divmod:', r.get(), 'kwargs:', kw.get())
    try:
        bad.get()
    except ValueError as exc:
        print('error crossed threads:', exc)
    pool.wait_completion()
    print('completed so far:', pool.completed, 'ready:', r.ready and bad.ready)
    names = set(pool.map(lambda _: threading.current_thread().name, range(30)))
    print('worker names subset:', names <= {'pool-0', 'pool-1', 'pool-2'}, len(names) >= 1)
print('workers alive after close:', [t.is_alive() for t in pool.workers])
try:
    pool.submit(print, 'x')
except RuntimeError as exc:
    print('closed:', exc)
slow = Result()
try:
    slow.get(timeout=0.01)
except TimeoutError as exc:
    print('timeout:', exc)
