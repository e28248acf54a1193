"""Python Cookbook, recipe 12.3: communicating between threads.

The sentinel that the consumer puts back for the other consumers; a
PriorityQueue built by hand on heapq and a Condition; a producer that
waits until its item was processed by sending (data, Event) pairs; and
queue.task_done()/join() to wait for all work.
"""
import heapq
import threading
from queue import Queue

_sentinel = object()


def producer(out_q, items):
    for data in items:
        out_q.put(data)
    out_q.put(_sentinel)


def consumer(in_q, name, seen, lock):
    while True:
        data = in_q.get()
        if data is _sentinel:
            in_q.put(_sentinel)         # put it back for the others
            break
        with lock:
            seen.append((name, data))


q = Queue()
seen, lock = [], threading.Lock()
threads = [threading.Thread(target=producer, args=(q, range(12)))]
threads += [threading.Thread(target=consumer, args=(q, f"c{i}", seen, lock)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all consumed once:", sorted(d for _, d in seen) == list(range(12)),
      "| sentinel left in queue:", q.qsize(), q.get() is _sentinel)


class PriorityQueue:
    def __init__(self):
        self._queue = []
        self._count = 0
        self._cv = threading.Condition()

    def put(self, item, priority):
        with self._cv:
            heapq.heappush(self._queue, (-priority, self._count, item))
            self._count += 1
            self._cv.notify()

    def get(self):
        with self._cv:
            while len(self._queue) == 0:
                self._cv.wait()
            return heapq.heappop(self._queue)[-1]


pq = PriorityQueue()
taken = []


def taker(n):
    for _ in range(n):
        taken.append(pq.get())


t = threading.Thread(target=taker, args=(1,))
t.start()                               # blocks: the queue is empty
pq.put("first, alone", 0)
t.join()
for item, prio in [("low", 1), ("high", 5), ("mid", 3), ("high-2", 5), ("lowest", -1)]:
    pq.put(item, prio)
t = threading.Thread(target=taker, args=(5,))
t.start()
t.join()
print("priority order:", taken)


def producer_waiting(out_q, results):
    for data in ("alpha", "beta", "gamma"):
        evt = threading.Event()
        out_q.put((data, evt))
        evt.wait()                       # until the consumer processed it
        results.append(f"{data} acknowledged")
    out_q.put((_sentinel, None))


def consumer_ack(in_q, results):
    while True:
        data, evt = in_q.get()
        if data is _sentinel:
            break
        results.append(f"processing {data}")
        evt.set()


results = []
q2 = Queue()
pair = [threading.Thread(target=producer_waiting, args=(q2, results)),
        threading.Thread(target=consumer_ack, args=(q2, results))]
for t in pair:
    t.start()
for t in pair:
    t.join()
print("\n".join(results))

work = Queue()
done = []


def worker():
    while True:
        item = work.get()
        try:
            done.append(item ** 2)
        finally:
            work.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for item in range(10):
    work.put(item)
work.join()
print("task_done/join:", sorted(done), "unfinished:", work.unfinished_tasks)
try:
    work.task_done()
except ValueError as exc:
    print("extra task_done():", exc)
