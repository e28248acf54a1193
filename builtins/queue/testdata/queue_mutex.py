# A Queue's mutex and conditions are CPython's: q.queue is the live deque
# the queue keeps its items in, and a thread holding q.mutex keeps other
# threads' put, get, qsize and join out, so the recipes that edit
# q.queue under the mutex (clearing it, putting an item first) work.
import collections
import queue
import threading
import time

q = queue.Queue()
for word in ("one", "two", "three"):
    q.put(word)
print(type(q.queue).__name__, q.queue, q.queue[0], "two" in q.queue, len(q.queue))
print(type(q.mutex).__name__, type(q.not_empty).__name__, q.mutex.locked())

# Clearing under the mutex wakes a joiner once unfinished_tasks is 0.
joined = []
joiner = threading.Thread(target=lambda: (q.join(), joined.append("joined")))
joiner.start()
time.sleep(0.02)
with q.mutex:
    dropped = list(q.queue)
    q.queue.clear()
    q.unfinished_tasks -= len(dropped)
    q.all_tasks_done.notify_all()
joiner.join()
print("dropped", dropped, joined, q.qsize(), q.unfinished_tasks, q.empty())

# Putting an item first: appendleft plus not_empty.notify wakes a getter.
got = []
getter = threading.Thread(target=lambda: got.append(q.get(timeout=5)))
getter.start()
time.sleep(0.02)
q.put("normal")
getter.join()
q.put("later")
with q.not_empty:
    q.queue.appendleft("urgent")
    q.unfinished_tasks += 1
    q.not_empty.notify()
print(got, [q.get() for _ in range(q.qsize())])

# While the main thread holds the mutex, another thread's put waits.
order = []


def putter():
    q.put("from thread")
    order.append("put done")


with q.mutex:
    t = threading.Thread(target=putter)
    t.start()
    time.sleep(0.05)
    order.append(f"held: {len(q.queue)} items")
t.join()
print(order, list(q.queue))

# q.queue replaced by another deque is where the items then go.
q2 = queue.Queue()
q2.queue = collections.deque([1, 2])
q2.put(3)
print(q2.get(), q2.qsize(), list(q2.queue))
q3 = queue.Queue()
q3.unfinished_tasks = 2
q3.task_done()
q3.task_done()
try:
    q3.task_done()
except ValueError as e:
    print("ValueError:", e)
print(sorted(n for n in dir(q3) if n in ("mutex", "not_empty", "not_full", "all_tasks_done", "queue")))
print(hasattr(queue.SimpleQueue(), "mutex"), hasattr(queue.SimpleQueue(), "queue"))
print(type(queue.LifoQueue().mutex).__name__, type(queue.PriorityQueue().all_tasks_done).__name__)

# A LifoQueue's and a PriorityQueue's queue is the live list.
import heapq

lq = queue.LifoQueue()
lq.put(1)
lq.put(2)
print(lq.queue, lq.get(), lq.queue)
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print("peek", pq.queue[0], len(pq.queue))
with pq.not_empty:
    heapq.heappush(pq.queue, (0, "first"))
    pq.unfinished_tasks += 1
    pq.not_empty.notify()
print([pq.get() for _ in range(pq.qsize())], pq.queue, pq.unfinished_tasks)
pq.put({"unorderable": 1})
try:
    pq.put({"again": 2})
except TypeError as e:
    print("TypeError:", e, "| qsize", pq.qsize(), "| unfinished", pq.unfinished_tasks)
lq.queue = [7, 8]
print(lq.get(), lq.qsize())
