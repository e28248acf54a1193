"""Python Cookbook, recipe 12.2: determining if a thread has started.

An Event is a one-shot latch: once set, every wait() returns at once
and a cleared Event blocks again. For a repeated signal the recipe
builds a PeriodicTimer on a Condition: each tick bumps a cycle number
and notify_all()s, and wait_for_tick() waits until the cycle changes.
Here the ticks are driven by hand (tick()) so the output is fixed, and
a Semaphore wakes exactly one waiter per release().
"""
import threading
import time


def countdown(n, started_evt, log):
    log.append("countdown starting")
    started_evt.set()
    while n > 0:
        log.append(f"T-minus {n}")
        n -= 1


log = []
started_evt = threading.Event()
print("before start: is_set =", started_evt.is_set())
t = threading.Thread(target=countdown, args=(3, started_evt, log))
t.start()
print("wait returned:", started_evt.wait())
t.join()
print("\n".join(log))
started_evt.clear()
print("after clear: wait(0.01) =", started_evt.wait(0.01), "is_set =", started_evt.is_set())


class PeriodicTimer:
    """The recipe's timer, with ticks made by tick() instead of sleeps."""

    def __init__(self):
        self._flag = 0
        self._cv = threading.Condition()

    def tick(self):
        with self._cv:
            self._flag ^= 1
            self._cv.notify_all()

    def wait_for_tick(self):
        with self._cv:
            last_flag = self._flag
            while last_flag == self._flag:
                self._cv.wait()


ptimer = PeriodicTimer()
ready = threading.Barrier(3)
seen = {"a": [], "b": []}


def follower(name, n):
    for i in range(n):
        if i == 0:
            ready.wait()
        ptimer.wait_for_tick()
        seen[name].append(i)


followers = [threading.Thread(target=follower, args=(name, 3)) for name in seen]
for f in followers:
    f.start()
ready.wait()
for _ in range(3):
    # Give both followers time to be waiting, then tick until they saw it.
    before = {k: len(v) for k, v in seen.items()}
    while any(len(seen[k]) == before[k] < 3 for k in seen):
        time.sleep(0.005)
        ptimer.tick()
        time.sleep(0.005)
for f in followers:
    f.join()
print("followers saw:", seen)


# Semaphore: each release() lets exactly one worker through.
sema = threading.Semaphore(0)
order = []
order_lock = threading.Lock()


def worker(n):
    sema.acquire()
    with order_lock:
        order.append(n)


workers = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for w in workers:
    w.start()
for released in range(1, 5):
    sema.release()
    while True:
        with order_lock:
            if len(order) == released:
                break
        time.sleep(0.001)
    print(f"after release #{released}: {len(order)} through")
for w in workers:
    w.join()
print("all through:", sorted(order))

# Event vs Condition: the Event stays set, the Condition needs a waiter
evt = threading.Event()
evt.set()
print("late waiter on set Event:", evt.wait(0.01))
cv = threading.Condition()
with cv:
    cv.notify_all()          # nobody waits: the notification is lost
    print("late waiter on Condition:", cv.wait(0.01))
try:
    cv.notify()
except RuntimeError as exc:
    print("notify outside lock:", exc)
try:
    cv.wait(0.01)
except RuntimeError as exc:
    print("wait outside lock:", exc)
print("wait_for with true predicate:", cv.acquire() and cv.wait_for(lambda: 42, timeout=0))
cv.release()
