"""superfastpython-style: wait(FIRST_EXCEPTION), cancel pending, shutdown(cancel_futures=True)."""
import threading
from concurrent.futures import (ThreadPoolExecutor, wait, FIRST_EXCEPTION,
                                ALL_COMPLETED, CancelledError, as_completed)

gate = threading.Event()
started = threading.Semaphore(0)


def task(n: int) -> str:
    started.release()
    if n == 3:
        raise RuntimeError(f"task {n} failed")
    gate.wait()
    return f"task {n} ok"


with ThreadPoolExecutor(max_workers=4) as executor:
    futures = [executor.submit(task, i) for i in range(1, 9)]
    for _ in range(5):  # tasks 1-5: task 3 fails at once, its worker takes 5
        started.acquire()
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    print("done:", len(done), "not done:", len(not_done))
    for f in done:
        print("exception:", repr(f.exception()))
    cancelled = [futures.index(f) + 1 for f in not_done if f.cancel()]
    print("cancelled:", sorted(cancelled))
    gate.set()

for i, f in enumerate(futures, 1):
    if f.cancelled():
        state = "cancelled"
    elif f.exception() is not None:
        state = f"error: {f.exception()}"
    else:
        state = f.result()
    print(f"{i:>2} {state}")

try:
    futures[-1].result()
except CancelledError as e:
    print("CancelledError", type(e).__mro__[1].__name__)

# shutdown with cancel_futures
gate.clear()
ex = ThreadPoolExecutor(max_workers=2)
running = [ex.submit(task, i) for i in (10, 11)]
queued = [ex.submit(task, i) for i in range(12, 16)]
started.acquire(); started.acquire()
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print("running results:", [f.result() for f in running])
print("queued cancelled:", [f.cancelled() for f in queued])
try:
    ex.submit(task, 99)
except RuntimeError as e:
    print("after shutdown:", e)

# ALL_COMPLETED with mixed outcomes and as_completed ordering by index
gate.set()
with ThreadPoolExecutor(3) as ex:
    fs = {ex.submit(task, n): n for n in (1, 2, 3, 4)}
    done, pending = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(pending))
    out = []
    for f in as_completed(fs):
        try:
            out.append((fs[f], f.result()))
        except RuntimeError as err:
            out.append((fs[f], str(err)))
    for n, r in sorted(out):
        print(n, r)
