"""PyMOTW threading: Event wait with and without timeout; Condition consumer/producer; Lock stats."""
import logging
import threading
import time

logging.basicConfig(level=logging.DEBUG, format='(%(threadName)-9s) %(message)s')
lines = []
lines_lock = threading.Lock()


def note(msg):
    with lines_lock:
        lines.append(msg)


def wait_for_event(e):
    note('wait_for_event starting')
    event_is_set = e.wait()
    note('event set: %s' % event_is_set)


def wait_for_event_timeout(e, t):
    while True:
        note('wait_for_event_timeout starting')
        event_is_set = e.wait(t)
        note('event set: %s' % event_is_set)
        if event_is_set:
            note('processing event')
            break
        note('doing other work')


e = threading.Event()
t1 = threading.Thread(name='block', target=wait_for_event, args=(e,))
t2 = threading.Thread(name='nonblock', target=wait_for_event_timeout, args=(e, 0.01))
t1.start()
t2.start()
time.sleep(0.035)
e.set()
t1.join()
t2.join()
print(sorted(set(lines)))
lines.clear()


def consumer(cond):
    with cond:
        note('consumer waiting')
        cond.wait()
        note('consumer consumed the resource')


def producer(cond):
    with cond:
        note('producer making resource available')
        cond.notify_all()


condition = threading.Condition()
cs = [threading.Thread(name=f'c{i}', target=consumer, args=(condition,)) for i in (1, 2)]
for c in cs:
    c.start()
while True:
    with condition:
        if len(lines) == 2:
            break
    time.sleep(0.001)
p = threading.Thread(name='p', target=producer, args=(condition,))
p.start()
for th in cs + [p]:
    th.join()
print(sorted(lines))


class Counter:
    def __init__(self, start=0):
        self.lock = threading.Lock()
        self.value = start

    def increment(self):
        self.lock.acquire()
        try:
            self.value = self.value + 1
        finally:
            self.lock.release()


def worker(c):
    for i in range(2):
        c.increment()


counter = Counter()
ws = [threading.Thread(target=worker, args=(counter,)) for _ in range(2)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print('Counter:', counter.value)

lock = threading.Lock()
stats = {'tries': 0, 'acquired': 0}


def lock_holder(lock, rounds):
    for _ in range(rounds):
        with lock:
            time.sleep(0.002)
        time.sleep(0.002)


def worker_nb(lock, need):
    while stats['acquired'] < need:
        stats['tries'] += 1
        have_it = lock.acquire(0)
        try:
            if have_it:
                stats['acquired'] += 1
        finally:
            if have_it:
                lock.release()
        time.sleep(0.001)


h = threading.Thread(target=lock_holder, args=(lock, 5), name='LockHolder', daemon=True)
h.start()
w = threading.Thread(target=worker_nb, args=(lock, 3), name='Worker')
w.start()
w.join()
h.join()
print('acquired 3 in >= 3 tries:', stats['acquired'] == 3 and stats['tries'] >= 3)
logging.debug('done with %d lines', len(lines))
