"""Semaphore vs BoundedSemaphore: limits, over-release, acquire timeouts."""
import threading
import time
from collections import Counter

MAX_CONNECTIONS = 3
pool_sema = threading.BoundedSemaphore(value=MAX_CONNECTIONS)
active = 0
peak = 0
state_lock = threading.Lock()
served = Counter()


def connect(client):
    global active, peak
    with pool_sema:
        with state_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.005)
        with state_lock:
            active -= 1
            served[client % 3] += 1


threads = [threading.Thread(target=connect, args=(i,)) for i in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('peak <= 3:', peak <= MAX_CONNECTIONS, 'active:', active)
print('served:', sorted(served.items()))

try:
    pool_sema.release()
except ValueError as e:
    print('ValueError:', e)

s = threading.Semaphore(1)
s.release()
s.release()
print('plain semaphore can grow:', s.acquire(False), s.acquire(False), s.acquire(False), s.acquire(False))
print('timed acquire on empty:', s.acquire(timeout=0.01))
s.release(3)
print('release(3) then:', [s.acquire(blocking=False) for _ in range(4)])
try:
    s.release(0)
except ValueError as e:
    print('ValueError:', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.acquire()
try:
    bs.release(3)
except ValueError as e:
    print('ValueError on release(3):', e)
bs.release(2)
print('bounded back to full:', bs.acquire(False), bs.acquire(False), bs.acquire(False))
bs.release(); bs.release()

order = []
sig = threading.Semaphore(0)


def producer():
    for i in range(3):
        order.append(f'produce {i}')
        sig.release()
        time.sleep(0.002)


def consumer():
    for i in range(3):
        sig.acquire()
        order.append(f'consume {i}')


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print(sorted(order))
print(type(s).__name__, type(bs).__name__, isinstance(bs, threading.Semaphore))
