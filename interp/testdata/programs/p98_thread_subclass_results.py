"""Worker classes that subclass Thread, override run(), keep results and errors on self."""
import hashlib
import threading
import time


class Worker(threading.Thread):
    count = 0

    def __init__(self, numbers, *, label=None, daemon=None):
        Worker.count += 1
        super().__init__(name=label or f'worker-{Worker.count}', daemon=daemon)
        self.numbers = list(numbers)
        self.result = None
        self.error = None
        self.started_at = None

    def run(self):
        self.started_at = time.monotonic()
        try:
            self.result = self.compute()
        except Exception as exc:  # keep it for the main thread
            self.error = exc

    def compute(self):
        return sum(self.numbers)


class SquareWorker(Worker):
    def compute(self):
        return [n * n for n in self.numbers]


class DivWorker(Worker):
    def compute(self):
        acc = 1000.0
        for n in self.numbers:
            acc /= n
        return acc


class HashWorker(Worker):
    def compute(self):
        h = hashlib.sha256()
        for n in self.numbers:
            h.update(str(n).encode())
        return h.hexdigest()[:16]


class ReturningThread(threading.Thread):
    """The popular recipe: keep target's return value, give it back from join()."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._return = None

    def run(self):
        if self._target is not None:
            self._return = self._target(*self._args, **self._kwargs)

    def join(self, *args):
        super().join(*args)
        return self._return


workers = [
    Worker(range(10)),
    SquareWorker([1, 2, 3], label='squares'),
    DivWorker([2, 5, 0], label='divider'),
    DivWorker([2, 5], label='divider-ok'),
    Worker([1, 'x'], label='mixed'),
    HashWorker(range(5), label='hasher', daemon=True),
]
print([repr(w) for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    status = 'error' if w.error else 'ok'
    print(f'{w.name:<11} {type(w).__name__:<12} daemon={w.daemon!s:<5} {status}: {w.error or w.result}')
print('all ran:', all(w.started_at is not None for w in workers))
print('error type:', type(workers[2].error).__name__, workers[2].error.args)
print('worker count:', Worker.count)

rt = ReturningThread(target=lambda a, b=1: a ** b, args=(3,), kwargs={'b': 4}, name='ret')
rt.start()
print('returned from join:', rt.join())
print('repr contains name and stopped:', 'ret' in repr(rt), 'stopped' in repr(rt))

try:
    rt.start()
except RuntimeError as exc:
    print('second start:', exc)
try:
    Worker([]).join()
except RuntimeError as exc:
    print('join before start:', exc)
try:
    threading.current_thread().join()
except RuntimeError as exc:
    print('join self:', exc)


class NoSuperInit(threading.Thread):
    def __init__(self):
        self.x = 1


try:
    NoSuperInit().start()
except RuntimeError as exc:
    print('no super init:', exc)

t = threading.Thread(target=print, args=('printed by target',), name='printer')
t.start()
t.join()
print('target thread alive after join:', t.is_alive())
