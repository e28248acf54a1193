# dataclasses: @dataclass(order=True) items in a PriorityQueue (the queue
# docs example), field(default_factory=...), __post_init__, asdict,
# astuple, fields, replace, inheritance, and the __init__ errors.
import queue
import threading
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
from typing import Any, List


@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)


@dataclass
class Job:
    name: str
    cost: float = 1.0
    tags: List[str] = field(default_factory=list)
    done: bool = field(default=False, repr=False)
    attempts: int = field(default=0, init=False)
    count = 0  # not a field

    def __post_init__(self):
        Job.count += 1
        self.name = self.name.title()

    @property
    def label(self):
        return f"{self.name}@{self.cost:.1f}"


@dataclass
class Result:
    job: Job
    worker: str
    values: list = field(default_factory=list)


pq = queue.PriorityQueue()
for p, what in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(PrioritizedItem(p, what))
order = []
while not pq.empty():
    order.append(pq.get().item)
print(order)

jobs = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        job.attempts += 1
        job.done = True
        with lock:
            results.append(Result(job, threading.current_thread().name, [len(job.name)]))
        jobs.task_done()


threads = [threading.Thread(target=worker, name=f"W{i}") for i in range(3)]
for t in threads:
    t.start()
for i, n in enumerate(["alpha", "beta", "gamma"]):
    jobs.put(Job(n, cost=i * 1.5, tags=[n[0]]))
for _ in threads:
    jobs.put(None)
jobs.join()
for t in threads:
    t.join()
for r in sorted(results, key=lambda r: r.job.name):
    print(r.job, r.job.label, r.job.attempts, r.job.done, r.values)
j = Job("delta")
print(j, Job.count, j == Job("Delta"), j == Job("delta", 2.0), j != j)
print(asdict(j), astuple(j))
print([f.name for f in fields(Job)], is_dataclass(j), is_dataclass(Job), is_dataclass(3))
print(replace(j, cost=9.5))
print(asdict(Result(Job("x"), "w")))
print(PrioritizedItem(1, "a") < PrioritizedItem(2, "b"), PrioritizedItem(1, "a") == PrioritizedItem(1, "z"))
print(sorted([PrioritizedItem(5, "e"), PrioritizedItem(2, "b")]))


@dataclass
class Point:
    x: int = 0
    y: int = 0


@dataclass
class Point3D(Point):
    z: int = 0


print(Point3D(1, 2, 3), Point3D(z=5), Point() == Point(0, 0))
try:
    Job()
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Key:
    host: str
    port: int = 80


seen = {Key("a"): 1}
seen[Key("a", 80)] = 2
print(seen, hash(Key("b")) == hash(Key("b")))
