"""Dining philosophers: forks are locks taken in a global order (no deadlock)."""
import threading
import time
from collections import Counter, defaultdict

NAMES = ["Aristotle", "Kant", "Spinoza", "Marx", "Russell"]
MEALS = 3


class Fork:
    def __init__(self, number):
        self.number = number
        self.lock = threading.Lock()
        self.uses = 0

    def __lt__(self, other):
        return self.number < other.number

    def __repr__(self):
        return f"Fork({self.number})"


class Philosopher(threading.Thread):
    def __init__(self, seat, left, right, log, log_lock):
        super().__init__(name=NAMES[seat])
        self.seat = seat
        self.left, self.right = left, right
        self.log = log
        self.log_lock = log_lock
        self.eaten = 0

    def think(self):
        time.sleep(0.001 * (self.seat + 1))

    def eat(self):
        first, second = sorted([self.left, self.right])
        with first.lock, second.lock:
            first.uses += 1
            second.uses += 1
            self.eaten += 1
            with self.log_lock:
                self.log.append((self.name, self.eaten, (first.number, second.number)))
            time.sleep(0.001)

    def run(self):
        for _ in range(MEALS):
            self.think()
            self.eat()


def main():
    forks = [Fork(i) for i in range(len(NAMES))]
    log, log_lock = [], threading.Lock()
    table = [
        Philosopher(i, forks[i], forks[(i + 1) % len(forks)], log, log_lock)
        for i in range(len(NAMES))
    ]
    start = time.perf_counter()
    for p in table:
        p.start()
    for p in table:
        p.join(timeout=5)
    elapsed = time.perf_counter() - start
    assert not any(p.is_alive() for p in table), "deadlock!"

    meals = Counter(name for name, _, _ in log)
    by_fork = defaultdict(list)
    for name, n, pair in log:
        for f in pair:
            by_fork[f].append(name)

    print(f"{'philosopher':<12}|{'meals':^7}|{'forks':>8}")
    print("-" * 29)
    for p in sorted(table, key=lambda p: p.name):
        pair = tuple(sorted((p.left.number, p.right.number)))
        print(f"{p.name:<12}|{meals[p.name]:^7}|{str(pair):>8}")
    print("total meals:", sum(meals.values()), "most common count:", meals.most_common(1)[0][1])
    print("fork uses:", [f.uses for f in forks], sum(f.uses for f in forks) == 2 * len(log))
    for number in sorted(by_fork):
        users = sorted(set(by_fork[number]))
        print(f"  fork {number}: used {len(by_fork[number])}x by {', '.join(users)}")
    print("sorted forks:", sorted(forks, reverse=True)[:2], "max:", max(forks))
    print("finished in time:", elapsed < 5)
    print("all locks free:", all(not f.lock.locked() for f in forks))


if __name__ == "__main__":
    main()
