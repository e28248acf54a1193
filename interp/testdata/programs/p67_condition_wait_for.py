"""Condition.wait_for with predicates and timeouts; notify(n) and notify_all."""
import threading
import time


class Inventory:
    def __init__(self):
        self.items = {}
        self.cond = threading.Condition()
        self.log = []

    def add(self, name, count):
        with self.cond:
            self.items[name] = self.items.get(name, 0) + count
            self.log.append(f'+{count} {name}')
            self.cond.notify_all()

    def take(self, name, count, timeout=None):
        with self.cond:
            ok = self.cond.wait_for(lambda: self.items.get(name, 0) >= count, timeout)
            if not ok:
                self.log.append(f'timeout {name}')
                return False
            self.items[name] -= count
            self.log.append(f'-{count} {name}')
            return True


inv = Inventory()
results = {}


def customer(name, item, count, timeout=None):
    results[name] = inv.take(item, count, timeout)


ts = [threading.Thread(target=customer, args=('alice', 'apple', 3)),
      threading.Thread(target=customer, args=('bob', 'pear', 2)),
      threading.Thread(target=customer, args=('carol', 'plum', 9, 0.05))]
for t in ts:
    t.start()
time.sleep(0.02)
inv.add('apple', 1)
inv.add('pear', 5)
inv.add('apple', 2)
for t in ts:
    t.join()
print(sorted(results.items()))
print(sorted(inv.items.items()))
print(sorted(inv.log))

cond = threading.Condition(threading.Lock())
print('wait_for true immediately:', end=' ')
with cond:
    print(cond.wait_for(lambda: 42))
with cond:
    print('wait_for false after timeout:', cond.wait_for(lambda: 0, timeout=0.01))
    print('plain wait timeout:', cond.wait(0.01))

try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.wait(0.01)
except RuntimeError as e:
    print('RuntimeError:', e)

woken = []
gate = threading.Condition()
ready = [0]


def sleeper(i):
    with gate:
        ready[0] += 1
        gate.notify_all()
        gate.wait()
        woken.append(i)


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
with gate:
    gate.wait_for(lambda: ready[0] == 5)
    gate.notify(2)
while True:
    with gate:
        if len(woken) >= 2:
            break
    time.sleep(0.001)
time.sleep(0.01)
with gate:
    print('woken after notify(2):', len(woken))
    gate.notify_all()
for t in ts:
    t.join()
print('all woken:', sorted(woken))

rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print('RLock-backed condition reentered:', rc.wait(0.001))
print(repr(rc).startswith('<Condition('))
