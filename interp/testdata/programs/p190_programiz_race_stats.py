"""Programiz / W3Schools "Python Multithreading" follow-up: the classic
shared-counter race fixed with a Lock, then Lock vs RLock vs Semaphore
used as counters' guards, a bounded semaphore limiting concurrency
(max observed concurrency printed), per-thread statistics in a dict
keyed by current_thread().name, and a summary table with f-strings.
"""
import threading
import time
from collections import Counter

counter = 0
lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = [threading.Thread(target=increment, args=(10_000,), name=f"inc-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter = {counter:,} (expected {4 * 10_000:,})")

guards = {"Lock": threading.Lock(), "RLock": threading.RLock(), "Semaphore": threading.Semaphore(1)}
totals = {}
for gname, guard in guards.items():
    box = [0]

    def bump(n, guard=guard, box=box):
        for _ in range(n):
            with guard:
                box[0] += 1

    ts = [threading.Thread(target=bump, args=(2_500,)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    totals[gname] = box[0]
print("guarded totals:", totals)

limit = threading.BoundedSemaphore(2)
active = 0
peak = 0
state_lock = threading.Lock()
per_thread = Counter()


def download(item):
    global active, peak
    with limit:
        with state_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.002)
        with state_lock:
            active -= 1
            per_thread[threading.current_thread().name] += 1


workers = [threading.Thread(target=download, args=(i,), name=f"dl-{i % 3}") for i in range(9)]
start = time.perf_counter()
for w in workers:
    w.start()
for w in workers:
    w.join()
elapsed = time.perf_counter() - start
print("peak concurrency in 1..2:", 1 <= peak <= 2, "| limit respected:", peak <= 2, "| took at least 5 rounds:", elapsed >= 0.008)
print("downloads per name:", sorted(per_thread.items()))
print("active now:", active, "| semaphore back to full:", limit._value if hasattr(limit, "_value") else "?")
try:
    limit.release()
except ValueError as exc:
    print("extra release:", exc)

stats = {}


def measure(name, work):
    t0 = time.perf_counter_ns()
    total = sum(i * i for i in range(work))
    stats[threading.current_thread().name] = (work, total, time.perf_counter_ns() - t0 >= 0)


jobs = [threading.Thread(target=measure, args=(None, n), name=f"job-{n}") for n in (10, 100, 1000)]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
print(f"{'thread':<10}|{'work':>6} |{'sum of squares':>16} | ok")
print("-" * 42)
for name in sorted(stats, key=lambda k: stats[k][0]):
    work, total, ok = stats[name]
    print(f"{name:<10}|{work:>6} |{total:>16,} | {ok}")
print(f"{'total':<10}|{sum(v[0] for v in stats.values()):>6} |{sum(v[1] for v in stats.values()):>16_} |")
print("threads left:", threading.active_count(), threading.enumerate()[0].name)
