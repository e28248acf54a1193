"""A parking lot with Condition.wait_for: cars wait for a free spot, sized by type."""
import threading
import time
from collections import defaultdict
from enum import Enum


class Size(Enum):
    SMALL = 1
    LARGE = 2


class ParkingLot:
    def __init__(self, spots):
        self.free = dict(spots)
        self.cond = threading.Condition()
        self.log = []
        self.parked = defaultdict(set)
        self.max_wait_queue = 0
        self.waiting = 0

    def park(self, car, size, timeout=None):
        with self.cond:
            self.waiting += 1
            self.max_wait_queue = max(self.max_wait_queue, self.waiting)
            ok = self.cond.wait_for(lambda: self.free[size] > 0, timeout=timeout)
            self.waiting -= 1
            if not ok:
                self.log.append(("gave up", car))
                return False
            self.free[size] -= 1
            self.parked[size].add(car)
            self.log.append(("in", car))
            return True

    def leave(self, car, size):
        with self.cond:
            self.parked[size].discard(car)
            self.free[size] += 1
            self.log.append(("out", car))
            self.cond.notify_all()

    def snapshot(self):
        with self.cond:
            return {s.name: n for s, n in self.free.items()}


def main():
    lot = ParkingLot({Size.SMALL: 2, Size.LARGE: 1})
    print("start:", lot.snapshot())

    def driver(car, size, stay):
        if lot.park(car, size, timeout=5):
            time.sleep(stay)
            lot.leave(car, size)

    cars = [(f"car{i}", Size.SMALL if i % 3 else Size.LARGE, 0.005 * (i % 4 + 1)) for i in range(9)]
    ts = [threading.Thread(target=driver, args=c, name=c[0]) for c in cars]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    ins = [c for e, c in lot.log if e == "in"]
    outs = [c for e, c in lot.log if e == "out"]
    print("parked:", len(ins), "left:", len(outs), "same cars:", sorted(ins) == sorted(outs))
    print("end:", lot.snapshot(), "empty:", all(not v for v in lot.parked.values()))
    occupancy = {Size.SMALL: 0, Size.LARGE: 0}
    size_of = {c: s for c, s, _ in cars}
    peak = {Size.SMALL: 0, Size.LARGE: 0}
    for event, car in lot.log:
        occupancy[size_of[car]] += 1 if event == "in" else -1
        s = size_of[car]
        peak[s] = max(peak[s], occupancy[s])
    print("peak occupancy:", {s.name: p for s, p in peak.items()}, "never over:", peak[Size.SMALL] <= 2 and peak[Size.LARGE] <= 1)
    full = ParkingLot({Size.SMALL: 0, Size.LARGE: 0})
    print("timeout park:", full.park("late", Size.SMALL, timeout=0.02), full.log)
    c = threading.Condition()
    with c:
        print("wait times out:", c.wait(0.01))
        print("notify without waiters:", c.notify(), c.notify_all())
    try:
        c.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    ready = []
    c2 = threading.Condition(threading.RLock())

    def waiter(i):
        with c2:
            c2.wait_for(lambda: len(ready) > 0)
            ready.append(i)

    ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
    for w in ws:
        w.start()
    time.sleep(0.02)
    with c2:
        ready.append("go")
        c2.notify(1)
    with c2:
        c2.notify_all()
    for w in ws:
        w.join()
    print("woken:", sorted(ready[1:]), ready[0])


if __name__ == "__main__":
    main()
