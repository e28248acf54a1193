# Locks, conditions, semaphores, events, barriers, thread-local data and
# timers, as tutorials use them. Every ordering is forced by joins, events
# or the primitives themselves.
import threading
import time

# Lock: a shared counter
counter = 0
lock = threading.Lock()

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
print(lock.locked(), lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

# RLock: reentrancy
rlock = threading.RLock()

def outer():
    with rlock:
        return inner()

def inner():
    with rlock:
        return "nested ok"

print(outer())
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition: producer / consumer
items = []
cond = threading.Condition()

def consumer():
    with cond:
        cond.wait_for(lambda: len(items) == 3)
        print("consumer sees", items)

c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
c.join()
with cond:
    print("wait timed out:", cond.wait(timeout=0.01) is False)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# Semaphore: at most two at a time
sem = threading.Semaphore(2)
active = 0
peak = 0
state_lock = threading.Lock()

def limited():
    global active, peak
    with sem:
        with state_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with state_lock:
            active -= 1

threads = [threading.Thread(target=limited) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak concurrency:", peak)
bounded = threading.BoundedSemaphore(1)
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# Event: start signal
ready = threading.Event()
results = []

def waiter(i):
    ready.wait()
    with lock:
        results.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
print("before set:", results, ready.is_set())
ready.set()
for t in threads:
    t.join()
print("after set:", sorted(results), ready.wait(0))

# Barrier
barrier = threading.Barrier(3, action=lambda: print("barrier passed"))
indices = []

def meet():
    i = barrier.wait()
    with lock:
        indices.append(i)

threads = [threading.Thread(target=meet) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("indices:", sorted(indices), barrier.broken, barrier.n_waiting)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError, broken =", b2.broken)

# local
data = threading.local()
data.name = "main"
seen = []

def show(name):
    data.name = name
    time.sleep(0.01)
    with lock:
        seen.append(data.name)

threads = [threading.Thread(target=show, args=("t%d" % i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen), data.name)

# Timer
fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
t.start()
t.join()
cancelled = threading.Timer(10, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, t.finished.is_set(), isinstance(t, threading.Thread))
print(threading.ThreadError is RuntimeError)
