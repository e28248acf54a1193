"""The classic ActiveState 'simple thread pool' recipe: Worker(Thread) daemons on a tasks Queue."""
import queue
import threading
import time
from random import Random


class Worker(threading.Thread):
    """Thread executing tasks from a given tasks queue."""

    def __init__(self, tasks, errors):
        super().__init__(daemon=True)
        self.tasks = tasks
        self.errors = errors
        self.start()

    def run(self):
        while True:
            func, args, kargs = self.tasks.get()
            try:
                func(*args, **kargs)
            except Exception as e:
                self.errors.put((type(e).__name__, str(e)))
            finally:
                self.tasks.task_done()


class ThreadPool:
    """Pool of threads consuming tasks from a queue."""

    def __init__(self, num_threads):
        self.tasks = queue.Queue(num_threads)
        self.errors = queue.Queue()
        self.workers = [Worker(self.tasks, self.errors) for _ in range(num_threads)]

    def add_task(self, func, *args, **kargs):
        """Add a task to the queue."""
        self.tasks.put((func, args, kargs))

    def map(self, func, args_list):
        """Add a list of tasks to the queue."""
        for args in args_list:
            self.add_task(func, args)

    def wait_completion(self):
        """Wait for completion of all the tasks in the queue."""
        self.tasks.join()

    def drain_errors(self):
        out = []
        while True:
            try:
                out.append(self.errors.get_nowait())
            except queue.Empty:
                return sorted(out)


results = {}
lock = threading.Lock()


def wait_delay(d):
    time.sleep(d)
    with lock:
        results[d] = threading.current_thread().daemon


def fail_on(n):
    if n % 3 == 0:
        raise ValueError(f'{n} is divisible by 3')
    with lock:
        results[n] = n * n


rng = Random(7)
delays = [round(rng.randrange(1, 6) / 1000, 3) for _ in range(12)]
pool = ThreadPool(4)
pool.map(wait_delay, delays)
pool.wait_completion()
print('distinct delays done:', sorted(results) == sorted(set(delays)), 'all daemon:', all(results.values()))
results.clear()

for n in range(1, 10):
    pool.add_task(fail_on, n)
pool.add_task(fail_on, n=12)
pool.wait_completion()
print('squares:', sorted(results.items()))
print('errors:', pool.drain_errors())
print('workers alive:', sum(w.is_alive() for w in pool.workers), 'daemon:', pool.workers[0].daemon)
print('queue empty:', pool.tasks.empty(), 'unfinished:', pool.tasks.unfinished_tasks)

counter = {'n': 0}


def bump(k=1):
    with lock:
        counter['n'] += k


for _ in range(50):
    pool.add_task(bump)
pool.add_task(bump, k=100)
pool.wait_completion()
print('counter:', counter['n'])
names = sorted({w.name.split(' ')[0].rstrip('0123456789') for w in pool.workers})
print('worker name prefix:', names)
