"""StackOverflow-style answers about queue internals that tutorials copy:
clearing a Queue with `with q.mutex: q.queue.clear()`, peeking q.queue[0],
maxsize/unfinished_tasks, all_tasks_done, LifoQueue's list, PriorityQueue's
heap, SimpleQueue put_nowait/get_nowait, and Full/Empty in workers.
"""
import queue
import threading

q = queue.Queue(maxsize=5)
for i in range(5):
    q.put(f"job-{i}")
print("full:", q.full(), "qsize:", q.qsize(), "maxsize:", q.maxsize)
print("peek:", q.queue[0], "type:", type(q.queue).__name__)
print("unfinished:", q.unfinished_tasks)
try:
    q.put_nowait("extra")
except queue.Full:
    print("Full raised, type:", queue.Full.__name__, issubclass(queue.Full, Exception))

with q.mutex:
    dropped = list(q.queue)
    q.queue.clear()
    q.all_tasks_done.notify_all()
    q.unfinished_tasks = 0
    q.not_full.notify_all()
print("dropped:", dropped)
print("after clear:", q.qsize(), q.empty(), q.unfinished_tasks)
q.join()
print("join returns at once")

lifo = queue.LifoQueue()
for word in ["первый", "второй", "третий"]:
    lifo.put(word)
print("lifo list:", lifo.queue, type(lifo.queue).__name__)
print("lifo order:", [lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for prio, name in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put((prio, name))
print("heap[0]:", pq.queue[0], "len:", len(pq.queue))
print("priority order:", [pq.get_nowait()[1] for _ in range(4)])
try:
    pq.get_nowait()
except queue.Empty:
    print("Empty from get_nowait")
try:
    pq.get(timeout=0.01)
except queue.Empty as e:
    print("Empty from get(timeout), args:", e.args)

sq = queue.SimpleQueue()
results = []
lock = threading.Lock()


def worker(name):
    while True:
        try:
            item = sq.get(timeout=0.5)
        except queue.Empty:
            return
        if item is None:
            return
        with lock:
            results.append((item, name))


for n in range(6):
    sq.put_nowait(n * n)
workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for w in workers:
    w.start()
for _ in workers:
    sq.put(None)
for w in workers:
    w.join()
print("simple queue items:", sorted(item for item, _ in results))
print("simple empty:", sq.empty(), sq.qsize())
print("has no maxsize:", hasattr(sq, "maxsize"), "no task_done:", hasattr(sq, "task_done"))

bounded = queue.Queue(2)
bounded.put(1)
bounded.put(2)
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("put(timeout) raised Full")
try:
    bounded.put(3, block=False)
except queue.Full:
    print("put(block=False) raised Full")
bounded.get()
bounded.task_done()
bounded.get()
bounded.task_done()
try:
    bounded.task_done()
except ValueError as e:
    print("ValueError:", e)
