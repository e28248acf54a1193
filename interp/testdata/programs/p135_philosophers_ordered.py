"""Dining philosophers: resource ordering (lowest fork first) and an arbitrator variant."""
import threading
import time
from collections import Counter

N = 5
MEALS = 4


class Fork:
    def __init__(self, n):
        self.n = n
        self.lock = threading.Lock()
        self.uses = 0

    def __repr__(self):
        return f"Fork({self.n}, uses={self.uses})"


class Philosopher(threading.Thread):
    def __init__(self, seat, left, right, log, log_lock):
        super().__init__(name=f"Философ-{seat}")
        self.seat = seat
        self.first, self.second = sorted((left, right), key=lambda f: f.n)
        self.meals = 0
        self.log = log
        self.log_lock = log_lock

    def __repr__(self):
        return f"<{self.name} meals={self.meals} forks=({self.first.n},{self.second.n})>"

    def run(self):
        while self.meals < MEALS:
            with self.first.lock:
                with self.second.lock:
                    self.first.uses += 1
                    self.second.uses += 1
                    self.meals += 1
                    with self.log_lock:
                        self.log.append(self.seat)
                    time.sleep(0.001)
            time.sleep(0.001)


forks = [Fork(i) for i in range(N)]
log = []
log_lock = threading.Lock()
phils = [Philosopher(i, forks[i], forks[(i + 1) % N], log, log_lock) for i in range(N)]
for p in phils:
    p.start()
for p in phils:
    p.join(timeout=10)
print(*phils, sep="\n")
print("alive:", [p.is_alive() for p in phils])
print("meal counts:", sorted(Counter(log).items()))
print("fork uses:", forks)
print("total fork uses == 2 * meals:", sum(f.uses for f in forks) == 2 * len(log))
print("last philosopher picks fork 0 first:", phils[-1].first.n, phils[-1].second.n)

# arbitrator (waiter) variant with a Semaphore of N-1 seats
waiter = threading.Semaphore(N - 1)
at_table = 0
max_at_table = 0
tl = threading.Lock()
eaten = Counter()


def dine(i):
    global at_table, max_at_table
    left, right = forks[i], forks[(i + 1) % N]
    for _ in range(MEALS):
        with waiter:
            with tl:
                at_table += 1
                max_at_table = max(max_at_table, at_table)
            with left.lock, right.lock:
                eaten[i] += 1
                time.sleep(0.001)
            with tl:
                at_table -= 1


ts = [threading.Thread(target=dine, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("waiter: max at table <= N-1:", max_at_table <= N - 1, "eaten:", dict(sorted(eaten.items())))
print("semaphore value restored:", waiter._value == N - 1)
print(f"{'seat':>4} | {'meals':>5}")
for seat, n in sorted(eaten.items()):
    print(f"{seat:>4} | {n:>5}")
