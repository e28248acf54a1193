"""superfastpython-style recipe: "How to use as_completed() with a timeout".
Tasks that outlast the deadline raise concurrent.futures.TimeoutError from the
as_completed iterator; the message counts the unfinished futures. Also
future.result(timeout=), future.exception(timeout=), wait(timeout=) with
ALL_COMPLETED and shutdown(wait=False, cancel_futures=True).
"""
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
                                TimeoutError as FuturesTimeout, ALL_COMPLETED)
import concurrent.futures
import threading

release = threading.Event()


def task(n: int) -> str:
    if n >= 3:
        release.wait()
    return f"task {n} done"


print("TimeoutError alias:", FuturesTimeout is TimeoutError)

executor = ThreadPoolExecutor(max_workers=6)
futures = {executor.submit(task, n): n for n in range(6)}
finished = []
try:
    for fut in as_completed(futures, timeout=0.2):
        finished.append(futures[fut])
except FuturesTimeout as e:
    print("as_completed timed out:", e)
print("finished before timeout:", sorted(finished))

slow = next(f for f, n in futures.items() if n == 5)
try:
    slow.result(timeout=0.05)
except concurrent.futures.TimeoutError:
    print("result(timeout) raised, running:", slow.running(), "done:", slow.done())
try:
    slow.exception(timeout=0.01)
except TimeoutError as e:
    print("exception(timeout) raised TimeoutError", repr(str(e)))

done, not_done = wait(futures, timeout=0.05, return_when=ALL_COMPLETED)
print(f"wait(timeout): {len(done)} done, {len(not_done)} not done")

release.set()
done, not_done = wait(futures)
print(f"after release: {len(done)} done, {len(not_done)} not done")
print(sorted(f.result() for f in done))
executor.shutdown()

# cancel_futures: queued work never starts
gate = threading.Event()
started = []


def gated(n):
    started.append(n)
    gate.wait()
    return n


ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(gated, n) for n in range(6)]
while len(started) < 2:
    threading.Event().wait(0.005)
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
for n, f in enumerate(fs):
    state = "cancelled" if f.cancelled() else f"result={f.result()}"
    print(f"future {n}: {state}")
print("started:", sorted(started))
try:
    ex.submit(gated, 99)
except RuntimeError as e:
    print("submit after shutdown:", e)
