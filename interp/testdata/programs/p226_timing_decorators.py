"""Tutorial "Measuring threaded code": a Timer context manager and a @timed
decorator built on time.perf_counter, monotonic/perf_counter_ns deltas,
thread_time for a sleeping thread, and results compared with bounds so that they
are stable: sequential sleeps vs threads, nested stopwatches.
"""
import functools
import threading
import time
from contextlib import contextmanager


class Timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self._start
        return False

    def __repr__(self):
        state = "running" if self.elapsed is None else f"{self.elapsed:.1f}s"
        return f"<Timer {self.label}: {state}>"


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.calls.append(time.perf_counter() - start >= 0.1)
    wrapper.calls = []
    return wrapper


@timed
def io_task(seconds):
    """Pretend to wait for the network."""
    time.sleep(seconds)
    return seconds


print("wrapped:", io_task.__name__, "-", io_task.__doc__, "| has __wrapped__:", hasattr(io_task, "__wrapped__"))

with Timer("sequential") as seq:
    for _ in range(3):
        io_task(0.1)
print("sequential >= 0.3s:", seq.elapsed >= 0.3, "calls >= 0.1s:", io_task.calls)
print(repr(Timer("idle")))

with Timer("threaded") as par:
    threads = [threading.Thread(target=io_task, args=(0.1,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print("threaded faster:", par.elapsed < seq.elapsed, "calls:", io_task.calls[3:], repr(par)[:15])

t0 = time.monotonic()
time.sleep(0.05)
dt = time.monotonic() - t0
print("monotonic delta >= 0.05:", dt >= 0.05, "| rounded type:", type(round(dt, 2)).__name__)

n0 = time.perf_counter_ns()
time.sleep(0.01)
dn = time.perf_counter_ns() - n0
print("perf_counter_ns is int:", isinstance(dn, int), "| >= 10ms:", dn >= 10_000_000)

cpu = {}


def sleeper():
    c0 = time.thread_time()
    time.sleep(0.1)
    cpu["sleep"] = time.thread_time() - c0


t = threading.Thread(target=sleeper)
t.start()
t.join()
print("thread_time delta is a float >= 0:", isinstance(cpu["sleep"], float) and cpu["sleep"] >= 0)


@contextmanager
def stopwatch(label, log):
    start = time.perf_counter()
    yield
    log.append((label, time.perf_counter() - start >= 0.1))


log = []
with stopwatch("outer", log):
    with stopwatch("inner", log):
        time.sleep(0.1)
print("stopwatch:", log)
print("clock info monotonic:", time.get_clock_info("monotonic").monotonic,
      "| perf_counter adjustable:", time.get_clock_info("perf_counter").adjustable)
