"""Dining philosophers: ordered fork acquisition, and a waiter Semaphore variant; meals counted."""
import collections
import threading
import time

NAMES = ['Aristotle', 'Kant', 'Spinoza', 'Marx', 'Russell']
MEALS = 3


class Philosopher(threading.Thread):
    def __init__(self, idx, forks, log, log_lock, waiter=None):
        super().__init__(name=NAMES[idx])
        self.idx = idx
        self.left = forks[idx]
        self.right = forks[(idx + 1) % len(forks)]
        self.left_no = idx
        self.right_no = (idx + 1) % len(forks)
        self.log = log
        self.log_lock = log_lock
        self.waiter = waiter
        self.meals = 0

    def ordered(self):
        pairs = sorted([(self.left_no, self.left), (self.right_no, self.right)], key=lambda p: p[0])
        return [lock for _, lock in pairs]

    def eat(self):
        first, second = self.ordered()
        with first:
            with second:
                self.meals += 1
                with self.log_lock:
                    self.log.append((self.name, self.meals))
                time.sleep(0.001)

    def run(self):
        for _ in range(MEALS):
            if self.waiter is not None:
                with self.waiter:
                    self.eat()
            else:
                self.eat()
            time.sleep(0.001)


def dine(use_waiter):
    forks = [threading.Lock() for _ in NAMES]
    log, log_lock = [], threading.Lock()
    waiter = threading.Semaphore(len(NAMES) - 1) if use_waiter else None
    table = [Philosopher(i, forks, log, log_lock, waiter) for i in range(len(NAMES))]
    for p in table:
        p.start()
    for p in table:
        p.join(timeout=10)
    alive = [p.name for p in table if p.is_alive()]
    return table, log, alive, forks


for use_waiter in (False, True):
    table, log, alive, forks = dine(use_waiter)
    title = 'with waiter' if use_waiter else 'ordered forks'
    print(f'== {title} ==')
    print('  deadlocked:', alive or 'nobody')
    counts = collections.Counter(name for name, _ in log)
    for name in NAMES:
        print(f'  {name:<10}{counts[name]:>2} meals')
    per_name = collections.defaultdict(list)
    for name, n in log:
        per_name[name].append(n)
    print('  meal numbers increasing:', all(v == sorted(v) for v in per_name.values()))
    print('  forks free:', not any(f.locked() for f in forks))
    print('  total:', len(log), '==', MEALS * len(NAMES), len(log) == MEALS * len(NAMES))

p = Philosopher(0, [threading.Lock()] * 5, [], threading.Lock())
print('repr before start:', repr(p))
print('daemon:', p.daemon, 'alive:', p.is_alive(), 'ident:', p.ident)
