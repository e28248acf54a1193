"""Blog post "A job scheduler with dataclasses and PriorityQueue":
@dataclass(order=True) jobs whose payload is field(compare=False), a
sequence number from itertools.count to break ties, __post_init__
validation, frozen results, dataclasses.replace/asdict/astuple/fields,
and worker threads draining the queue until a sentinel job.
"""
import dataclasses
import itertools
import queue
import threading
from dataclasses import dataclass, field
from typing import Any, ClassVar, List

_seq = itertools.count()


@dataclass(order=True)
class Job:
    priority: int
    seq: int = field(default_factory=lambda: next(_seq))
    name: str = field(default="", compare=False)
    payload: Any = field(default=None, compare=False, repr=False)
    STOP: ClassVar[int] = 99

    def __post_init__(self):
        if self.priority < 0:
            raise ValueError(f"priority must be >= 0, got {self.priority}")


@dataclass(frozen=True)
class Result:
    job: str
    worker: str
    value: int
    tags: tuple = ()


jobs: "queue.PriorityQueue[Job]" = queue.PriorityQueue()
results: List[Result] = []
lock = threading.Lock()


def worker():
    me = threading.current_thread().name
    while True:
        job = jobs.get()
        if job.priority == Job.STOP:
            jobs.task_done()
            break
        value = sum(job.payload) if job.payload else 0
        with lock:
            results.append(Result(job.name, me, value, tags=(job.priority,)))
        jobs.task_done()


specs = [(2, "report", [1, 2, 3]), (0, "urgent", [10]), (1, "email", []), (2, "backup", [4, 4]), (0, "alarm", [7, 1])]
for prio, name, payload in specs:
    jobs.put(Job(prio, name=name, payload=payload))
print("queued:", jobs.qsize(), "first:", jobs.queue[0])

try:
    Job(-1, name="bad")
except ValueError as e:
    print("ValueError:", e)

# One worker first, so the processing order is the priority order.
t = threading.Thread(target=worker, name="solo")
t.start()
jobs.put(Job(Job.STOP, name="stop"))
t.join()
print("order:", [r.job for r in results])

r0 = results[0]
print(r0)
try:
    r0.value = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print("replace:", dataclasses.replace(r0, value=0, worker="w?"))
print("asdict:", dataclasses.asdict(r0))
print("astuple:", dataclasses.astuple(r0))
print("fields:", [(f.name, f.compare) for f in dataclasses.fields(Job)])
print("is_dataclass:", dataclasses.is_dataclass(Job), dataclasses.is_dataclass(r0), dataclasses.is_dataclass(5))
print("ordering:", Job(1, seq=5) < Job(1, seq=6), Job(0, seq=9) < Job(1, seq=0))
print("eq ignores name:", Job(3, seq=1, name="a") == Job(3, seq=1, name="b"))
print("hash of frozen equal:", hash(Result("a", "b", 1)) == hash(Result("a", "b", 1)))
try:
    hash(Job(1))
except TypeError as e:
    print("TypeError:", e)

results.clear()
for prio, name, payload in specs:
    jobs.put(Job(prio, name=name, payload=payload))
pool = [threading.Thread(target=worker, name=f"pool-{i}") for i in range(3)]
for p in pool:
    p.start()
jobs.join()
for _ in pool:
    jobs.put(Job(Job.STOP))
for p in pool:
    p.join()
print("pool did:", sorted((r.job, r.value) for r in results))
print("by priority:", sorted({r.tags[0] for r in results}))
