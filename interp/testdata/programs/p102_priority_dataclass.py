"""PriorityQueue with dataclass(order=True) items, field(compare=False), and tuples with a tie-breaker."""
import dataclasses
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


@dataclass(order=True, frozen=True)
class Deadline:
    due: float
    title: str = field(compare=False)


counter = itertools.count()
pq = queue.PriorityQueue()
for prio, name in [(3, 'отчёт'), (1, 'пожар'), (2, 'почта'), (1, 'звонок'), (3, 'обед'), (99, 'shutdown')]:
    pq.put(Job(prio, next(counter), name, payload={'n': prio}))

print('qsize:', pq.qsize())
print('smallest peek via queue attr:', pq.queue[0])
done = []
lock = threading.Lock()


def worker():
    while True:
        job = pq.get()
        try:
            if job.name == 'shutdown':
                pq.put(job)  # let the other workers see it too
                return
            with lock:
                done.append(job)
        finally:
            pq.task_done()


# one worker first so the order is the priority order
w = threading.Thread(target=worker)
w.start()
w.join()
print('order:', [j.name for j in done])
print('first job repr:', done[0])
print('compare ignores name:', Job(1, 5, 'a') == Job(1, 5, 'b'), Job(1, 5, 'z') < Job(2, 0, 'a'))
print('fields:', [f.name for f in dataclasses.fields(Job)], [f.compare for f in dataclasses.fields(Job)])

tq = queue.PriorityQueue()
for item in [(2, next(counter), 'b'), (1, next(counter), 'x'), (2, next(counter), 'a'), (1, next(counter), 'y')]:
    tq.put(item)
print('tuples:', [tq.get_nowait()[2] for _ in range(4)])
try:
    tq.get_nowait()
except queue.Empty:
    print('empty raised queue.Empty:', queue.Empty.__name__)

bad = queue.PriorityQueue()
bad.put((1, {'no': 'order'}))
try:
    bad.put((1, {'also': 'no'}))
except TypeError as exc:
    print('unorderable:', exc)

deadlines = [Deadline(3.5, 'C'), Deadline(1.25, 'A'), Deadline(2.0, 'B')]
dq = queue.PriorityQueue(maxsize=2)
got = []


def consume():
    for _ in deadlines:
        got.append(dq.get().title)
        dq.task_done()


c = threading.Thread(target=consume)
dq.put(deadlines[0])
dq.put(deadlines[1])
print('full:', dq.full())
c.start()
dq.put(deadlines[2])
dq.join()
c.join()
print('deadline titles in arrival-priority order length:', len(got), sorted(got))
try:
    deadlines[0].due = 0
except dataclasses.FrozenInstanceError as exc:
    print('frozen:', type(exc).__name__, exc)
print('sorted deadlines:', [d.title for d in sorted(deadlines)])
print('replace:', dataclasses.replace(deadlines[0], due=0.5))
print('astuple:', dataclasses.astuple(Job(1, 2, 'n', payload=[1])))
