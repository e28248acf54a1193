"""Course exercise: a monitor-style bounded buffer (two Conditions on one lock), tested by many producers/consumers."""
import threading
import statistics
import time


class BoundedBuffer:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f'capacity must be positive, got {capacity}')
        self.capacity = capacity
        self.items = []
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0
        self.closed = False

    def put(self, item):
        with self.not_full:
            while len(self.items) >= self.capacity:
                self.not_full.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.not_empty.notify()

    def get(self, timeout=None):
        with self.not_empty:
            ok = self.not_empty.wait_for(lambda: self.items or self.closed, timeout)
            if not ok:
                raise TimeoutError('buffer stayed empty')
            if not self.items:
                return None
            item = self.items.pop(0)
            self.not_full.notify()
            return item

    def close(self):
        with self.lock:
            self.closed = True
            self.not_empty.notify_all()

    def __len__(self):
        with self.lock:
            return len(self.items)

    def __repr__(self):
        return f'BoundedBuffer({len(self)}/{self.capacity})'


buf = BoundedBuffer(4)
consumed = {}
clock = threading.Lock()
latencies = []


def producer(pid, n):
    for i in range(n):
        buf.put((pid, i, time.perf_counter()))


def consumer(cid):
    got = []
    while True:
        item = buf.get()
        if item is None:
            break
        pid, i, t0 = item
        got.append((pid, i))
        with clock:
            latencies.append(time.perf_counter() - t0)
    with clock:
        consumed[cid] = got


producers = [threading.Thread(target=producer, args=(p, 25)) for p in range(4)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
buf.close()
for t in consumers:
    t.join()
everything = sorted(x for got in consumed.values() for x in got)
print('items consumed:', len(everything), 'unique:', len(set(everything)))
print('per-producer order kept:', all(
    [i for p, i in got if p == pid] == sorted(i for p, i in got if p == pid)
    for got in consumed.values() for pid in range(4)))
print('never over capacity:', buf.max_seen <= buf.capacity, repr(buf))
print('latency stats sane:', min(latencies) >= 0, statistics.mean(latencies) >= 0,
      len(latencies) == 100)
print('median type:', type(statistics.median(latencies)).__name__)

try:
    BoundedBuffer(0)
except ValueError as e:
    print('ValueError:', e)
empty = BoundedBuffer(1)
try:
    empty.get(timeout=0.01)
except TimeoutError as e:
    print('TimeoutError:', e)

data = [2.5, 3.5, 1.0, 4.0, 3.5]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(round(statistics.stdev(data), 4), round(statistics.pvariance(data), 4))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.fmean([1, 2, 3, 4]), statistics.harmonic_mean([1, 2, 4]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print('StatisticsError:', e)
