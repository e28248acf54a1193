"""Lock and RLock API details under threads: acquire variants, locked(), owner checks, counters compared."""
import itertools
import threading
import time

lock = threading.Lock()
print('acquire returns:', lock.acquire(), 'locked:', lock.locked())
print('non-blocking while held:', lock.acquire(blocking=False), lock.acquire(False))
t0 = time.monotonic()
print('timeout while held:', lock.acquire(timeout=0.02), 'waited:', time.monotonic() - t0 >= 0.015)
lock.release()
try:
    lock.release()
except RuntimeError as exc:
    print('release unlocked:', exc)
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as exc:
    print('bad args:', exc)
try:
    lock.acquire(timeout=-5)
except ValueError as exc:
    print('negative timeout:', exc)
with lock as got:
    print('with-value:', got)

# a Lock may be released by another thread; an RLock may not
handoff = threading.Lock()
handoff.acquire()
threading.Thread(target=handoff.release).start()
print('released by another thread:', handoff.acquire(timeout=2))
handoff.release()

rl = threading.RLock()
rl.acquire()
rl.acquire()
print('rlock re-entered, repr mentions count 2:', 'count=2' in repr(rl))
errors = []


def foreign_release():
    try:
        rl.release()
    except RuntimeError as exc:
        errors.append(str(exc))


t = threading.Thread(target=foreign_release)
t.start()
t.join()
print('foreign release:', errors)
rl.release()
rl.release()
print('rlock free:', 'unlocked' in repr(rl), rl.acquire(blocking=False))
rl.release()


class Counters:
    def __init__(self):
        self.plain = 0
        self.locked = 0
        self.lock = threading.Lock()
        self.ticket = itertools.count()
        self.last = -1

    def bump(self):
        with self.lock:
            self.locked += 1
        n = next(self.ticket)
        self.last = max(self.last, n)


c = Counters()


def hammer():
    for _ in range(500):
        c.bump()


ts = [threading.Thread(target=hammer) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('locked counter:', c.locked, '| tickets handed out:', c.last + 1)

# Lock objects are not reentrant: a timed second acquire in the same thread fails
with lock:
    print('self-deadlock avoided with timeout:', lock.acquire(timeout=0.01))
print('types:', type(lock).__name__, type(rl).__name__, threading.Lock is threading.Lock)
cond = threading.Condition(rl)
with cond:
    print('condition over rlock, re-entrant:', rl.acquire(blocking=False))
    rl.release()
    print('notify without waiters is fine:', cond.notify(), cond.notify_all())
try:
    cond.notify()
except RuntimeError as exc:
    print('notify unowned:', exc)
