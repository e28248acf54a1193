"""Programiz/W3Schools-style concurrent.futures walk-through: the
executor as a context manager, map() re-raising a worker's exception
while iterating, map(timeout=), Future.result(timeout=) raising
TimeoutError, exception(timeout=), done()/running()/cancelled(), and
a Semaphore(0) that the workers use to signal the main thread.
"""
import concurrent.futures
import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FuturesTimeout


def div(x):
    if x == 3:
        raise ZeroDivisionError(f"cannot handle {x}")
    return 12 // (x + 1)


with ThreadPoolExecutor(max_workers=3) as ex:
    results = ex.map(div, range(6))
    got = []
    try:
        for r in results:
            got.append(r)
    except ZeroDivisionError as e:
        print("map raised while iterating:", e, "after", got)
    print("generator finished:", next(results, "exhausted"))
    print("list of first three:", list(ex.map(div, range(3))))
    print("zip of two iterables:", list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    print("empty map:", list(ex.map(div, [])))

print("FuturesTimeout is TimeoutError:", FuturesTimeout is TimeoutError)
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="slow") as ex:
    fut = ex.submit(gate.wait)
    queued = ex.submit(str.upper, "queued")
    time.sleep(0.01)
    print("states:", fut.running(), fut.done(), queued.running(), queued.done())
    try:
        fut.result(timeout=0.01)
    except TimeoutError as e:
        print("result(timeout=):", type(e).__name__, repr(str(e)))
    try:
        fut.exception(timeout=0)
    except concurrent.futures.TimeoutError:
        print("exception(timeout=0) timed out too")
    print("cancel running:", fut.cancel(), "| cancel queued:", queued.cancel())
    try:
        queued.result()
    except concurrent.futures.CancelledError as e:
        print("CancelledError:", type(e).__mro__[1].__name__, repr(str(e)))
    gate.set()
    print("after set:", fut.result(timeout=1), fut.done(), fut.cancelled(), queued.cancelled())

gate2 = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(lambda x: gate2.wait() and x * 10, [1, 2], timeout=0.02)
    try:
        print(next(it))
    except TimeoutError:
        print("map(timeout=) raised TimeoutError from next()")
    gate2.set()

signal = threading.Semaphore(0)
finished = []
lock = threading.Lock()


def job(n):
    time.sleep(0.002 * (3 - n))
    with lock:
        finished.append(n)
    signal.release()
    return n


with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(job, n) for n in range(3)]
    for i in range(3):
        signal.acquire()
        print(f"signal {i + 1} received, finished at least that many: {len(finished) >= i + 1}")
    print("acquire(timeout) with nothing released:", signal.acquire(timeout=0.01))
    print("sorted results:", sorted(f.result() for f in futs))

with ThreadPoolExecutor(max_workers=2) as ex:
    futs = {ex.submit(div, n): n for n in (0, 3, 5)}
    for f in concurrent.futures.as_completed(futs):
        pass
    for f, n in sorted(futs.items(), key=lambda kv: kv[1]):
        exc = f.exception()
        print(n, "->", repr(exc) if exc else f.result())
ex.shutdown()
try:
    ex.submit(print, "late")
except RuntimeError as e:
    print("submit after shutdown:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("max_workers=0:", e)
