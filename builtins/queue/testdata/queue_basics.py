# The queue module as tutorials use it: a worker pool fed by a queue,
# task_done/join, the three disciplines and the exceptions.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(10):
    q.put(i)
q.join()
print("squares:", sorted(results))
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print("empty:", q.empty(), "size:", q.qsize())

lifo = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    pq.put((x, "task %d" % x))
print([lifo.get() for _ in range(3)])
print([pq.get() for _ in range(3)])

small = queue.Queue(maxsize=1)
small.put("a")
print("full:", small.full())
try:
    small.put("b", timeout=0.01)
except queue.Full:
    print("queue.Full raised")
small.get()
try:
    small.get_nowait()
except queue.Empty as e:
    print("queue.Empty raised:", repr(str(e)))
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print("ValueError:", e)
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty())
print(queue.Empty, queue.Full)
