# A thread woken by Event.set (or by Condition.notify, Lock.release,
# Semaphore.release, which wake their waiters the same way) waits for the
# GIL at once, so it runs while the waker is in Thread.start (CPython's
# start waits for the OS to create the thread), before the waker goes on.
import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

order = []
ev = threading.Event()
ready = threading.Event()


def waiter():
    ready.set()
    ev.wait()
    order.append("woken")


t = threading.Thread(target=waiter)
t.start()
ready.wait()
ev.set()
fresh = threading.Thread(target=order.append, args=("new",))
fresh.start()
order.append("main")
fresh.join()
t.join()
print("woken before main:", order.index("woken") < order.index("main"), sorted(order))

# A pool worker that finished its task is woken by the next submit; it
# takes that task while the following submit starts a new worker, which
# takes the task after it: five tasks run on four workers.
gate = threading.Event()
started = []


def task(n):
    started.append(n)
    if n == 3:
        raise RuntimeError(n)
    gate.wait()


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(task, i) for i in range(1, 9)]
    done, pending = wait(futures, return_when=FIRST_EXCEPTION)
    print("started:", sorted(started), "done:", len(done), "pending:", len(pending))
    print("cancelled:", [futures.index(f) + 1 for f in futures if f.cancel()])
    gate.set()
