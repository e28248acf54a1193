"""PriorityQueue with dataclass(order=True) items and tuples; LifoQueue undo stack."""
import itertools
import queue
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    payload: Any = field(default=None, compare=False, repr=False)


counter = itertools.count()
pq = queue.PriorityQueue()
for prio, name in [(3, "отчёт"), (1, "авария"), (2, "почта"), (1, "звонок"), (5, "архив")]:
    pq.put(Job(prio, next(counter), name, payload={"n": len(name)}))
print("qsize:", pq.qsize())
print(Job(1, 0, "a") < Job(1, 1, "b"), Job(2, 0, "z") > Job(1, 9, "a"))

done = []
dl = threading.Lock()


def worker():
    while True:
        job = pq.get()
        if job.name is None:
            pq.task_done()
            return
        with dl:
            done.append(job)
        pq.task_done()


# single worker so the order is the priority order
t = threading.Thread(target=worker)
t.start()
pq.join()
pq.put(Job(99, next(counter), None))
t.join()
for j in done:
    print(f"{j.priority} {j.seq} {j.name:<8} {j.payload}")
print(done[0])

# tuples: (priority, seq, item) avoids comparing the unorderable items
tq = queue.PriorityQueue()
for i, (p, item) in enumerate([(2, {"x": 1}), (1, {"y": 2}), (2, {"z": 3})]):
    tq.put((p, i, item))
print([tq.get_nowait() for _ in range(tq.qsize())])
bad = queue.PriorityQueue()
bad.put((1, {"a": 1}))
try:
    bad.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)

# LifoQueue as an undo stack shared by an editor thread and an undo thread
history = queue.LifoQueue()
text = []
ready = threading.Event()


def editor():
    for word in "мама мыла раму быстро".split():
        text.append(word)
        history.put(("append", word))
    ready.set()


def undoer(n):
    ready.wait()
    for _ in range(n):
        op, word = history.get_nowait()
        assert text.pop() == word
        print("undo", op, repr(word))


e = threading.Thread(target=editor)
u = threading.Thread(target=undoer, args=(2,))
u.start(); e.start()
e.join(); u.join()
print("text:", " ".join(text), "left in history:", history.qsize())
print("peek order:", [history.get() for _ in range(history.qsize())])
try:
    history.get(block=False)
except queue.Empty:
    print("history empty")
sq = queue.SimpleQueue()
for x in (3, 1, 2):
    sq.put(x)
print("SimpleQueue FIFO:", [sq.get() for _ in range(3)], sq.empty())
