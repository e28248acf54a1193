# User subclasses of Semaphore, BoundedSemaphore, Condition, Barrier and
# Event: the inherited __init__ makes the native object, with the
# subclass's arguments or through super().__init__.
import threading


class Pool(threading.BoundedSemaphore):
    def __init__(self, size, name):
        super().__init__(size)
        self.name = name
        self.taken = 0

    def take(self):
        self.acquire()
        self.taken += 1


class Gate(threading.Event):
    def open(self):
        self.set()
        return self.is_set()


class Meeting(threading.Barrier):
    def __init__(self, parties):
        super().__init__(parties, action=lambda: print('all', parties, 'met'), timeout=5)


class Cond(threading.Condition):
    pass


pool = Pool(2, 'db')
pool.take()
pool.take()
print(pool.name, pool.taken, pool.acquire(blocking=False))
pool.release()
pool.release()
try:
    pool.release()
except ValueError as e:
    print('ValueError:', e)
print(isinstance(pool, threading.Semaphore), type(pool).__name__)

s = type('Counted', (threading.Semaphore,), {})(0)
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    Pool(-1, 'bad')
except ValueError as e:
    print('ValueError:', e)

g = Gate()
print(g.is_set(), g.open(), g.wait(0))

m = Meeting(3)
ts = [threading.Thread(target=m.wait) for _ in range(2)]
for t in ts:
    t.start()
m.wait()
for t in ts:
    t.join()
print(m.parties, m.broken)

c = Cond(threading.Lock())
with c:
    print('notified nobody:', c.wait(0.001))
items = []


def consumer():
    with c:
        c.wait_for(lambda: items)
        print('consumer got', items.pop())


t = threading.Thread(target=consumer)
t.start()
with c:
    items.append('x')
    c.notify()
t.join()
