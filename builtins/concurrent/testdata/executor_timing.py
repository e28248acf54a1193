# ThreadPoolExecutor's timing as CPython's: submit starts a worker at
# once (which runs the initializer, then takes the task), idle workers
# are reused, workers are named PREFIX_N.
import concurrent.futures
import threading
import time

log = []

def init(tag):
    log.append(("init", tag, threading.current_thread().name))

def task(n):
    log.append(("task", n, threading.current_thread().name))
    time.sleep((0.3, 0.8, 0.3, 0.3)[n])
    return n * 10

ex = concurrent.futures.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("pool",))
fs = []
for i in range(4):
    f = ex.submit(task, i)
    time.sleep(0.05)
    print("submitted", i, "running" if f.running() else "pending", f.done())
    fs.append(f)
print([f.result() for f in fs])
for entry in log:
    print(*entry)
print(sorted(t.name for t in threading.enumerate() if t.name.startswith("ThreadPool")))
ex.shutdown()
print(threading.active_count())

# An idle worker takes the next task: no new thread.
ex = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="io")
for i in range(3):
    print(ex.submit(lambda: threading.current_thread().name).result())
ex.shutdown(wait=True)

# shutdown(cancel_futures=True) cancels the queued work only.
ex = concurrent.futures.ThreadPoolExecutor(max_workers=1)
started = threading.Event()
def slow():
    started.set()
    time.sleep(0.2)
    return "slow done"
first = ex.submit(slow)
rest = [ex.submit(task, i) for i in (0, 2, 3)]
started.wait()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest], [f.done() for f in rest])
try:
    ex.submit(task, 9)
except RuntimeError as e:
    print("RuntimeError:", e)

# map with a timeout raises TimeoutError from the iterator.
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(time.sleep, [0.01, 0.5], timeout=0.2)
    print(next(it))
    try:
        next(it)
    except concurrent.futures.TimeoutError:
        print("map timed out")

# wait with return_when, as_completed in completion order.
def nap(s):
    time.sleep(s)
    if s == 0.1:
        raise ValueError("nap %s" % s)
    return s

with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, s) for s in (0.4, 0.1, 0.25)]
    done, not_done = concurrent.futures.wait(fs, return_when=concurrent.futures.FIRST_EXCEPTION)
    print(len(done), len(not_done), [repr(f.exception()) for f in done])
    done, not_done = concurrent.futures.wait(fs, return_when=concurrent.futures.FIRST_COMPLETED)
    print(len(done), len(not_done))
    for f in concurrent.futures.as_completed(fs):
        print("completed", fs.index(f), f.exception() or f.result())

# A failing initializer breaks the pool.
def bad_init():
    raise ValueError("bad init")

ex = concurrent.futures.ThreadPoolExecutor(max_workers=2, initializer=bad_init)
f = ex.submit(print, "never")
try:
    f.result()
except concurrent.futures.thread.BrokenThreadPool as e:
    print(type(e).__name__, e)
try:
    ex.submit(print, "never")
except concurrent.futures.BrokenExecutor as e:
    print("submit:", type(e).__name__, isinstance(e, RuntimeError))
try:
    concurrent.futures.ThreadPoolExecutor(initializer=3)
except TypeError as e:
    print("TypeError:", e)
