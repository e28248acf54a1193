"""Course notes "multiprocessing.dummy is threading behind the Pool API":
map, starmap, imap, imap_unordered (sorted), apply, apply_async with callback
and error_callback, map_async with get(timeout), AsyncResult.ready/successful,
close/join, and the Pool as a context manager.
"""
from multiprocessing.dummy import Pool as ThreadPool
from multiprocessing.dummy import Lock, current_process
import threading
import time

log = []
log_lock = Lock()


def square(x):
    time.sleep(0.001 * (5 - x % 5))
    return x * x


def power(base, exp):
    return base ** exp


def risky(x):
    if x == 3:
        raise ZeroDivisionError(f"bad input {x}")
    return 10 // (4 - x) if x != 4 else 0


def on_result(value):
    with log_lock:
        log.append(("ok", value))


def on_error(exc):
    with log_lock:
        log.append(("err", type(exc).__name__, str(exc)))


with ThreadPool(4) as pool:
    print("map:", pool.map(square, range(8)))
    print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
    print("imap:", list(pool.imap(square, [3, 1, 2])))
    print("imap_unordered sorted:", sorted(pool.imap_unordered(square, range(6))))
    print("apply:", pool.apply(power, (2, 10)))
    print("chunksize map:", pool.map(square, range(10), chunksize=3))

pool = ThreadPool(processes=3)
results = [pool.apply_async(risky, (i,), callback=on_result, error_callback=on_error) for i in range(5)]
for i, r in enumerate(results):
    r.wait()
    if r.successful():
        print(f"task {i}: ready={r.ready()} value={r.get()}")
    else:
        try:
            r.get()
        except ZeroDivisionError as e:
            print(f"task {i}: failed with {e!r}")
pool.close()
pool.join()
print("callbacks:", sorted(log, key=repr))

pool = ThreadPool(2)
m = pool.map_async(square, [1, 2, 3])
print("map_async:", m.get(timeout=5))
bad = pool.map_async(risky, [1, 3])
try:
    bad.get(timeout=5)
except ZeroDivisionError as e:
    print("map_async error:", e)
pool.close()
pool.join()

try:
    pool.apply_async(square, (1,))
except ValueError as e:
    print("after close:", e)

print("current_process:", current_process().name)
print("threads left:", [t.name for t in threading.enumerate()])
