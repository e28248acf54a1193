"""A job scheduler from a course project: dataclass task records ordered
by (priority, seq), an Enum of worker states with auto() values, a heapq
ready-queue guarded by a Condition, and workers that report state
transitions. Output is sorted, so thread timing never shows.
"""
import heapq
import itertools
import threading
from dataclasses import dataclass, field, asdict, replace, astuple, fields
from enum import Enum, auto, unique


@unique
class WorkerState(Enum):
    IDLE = auto()
    BUSY = auto()
    STOPPED = auto()

    def __str__(self):
        return self.name.lower()


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(default=1, compare=False, repr=False)
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Done:
    task: str
    worker: str
    result: int


class Scheduler:
    def __init__(self, workers):
        self._heap = []
        self._cv = threading.Condition()
        self._seq = itertools.count()
        self._closed = False
        self.done = []
        self.transitions = []
        self.workers = [threading.Thread(target=self._work, name=f"w{i}") for i in range(workers)]

    def submit(self, priority, name, cost=1, *tags):
        with self._cv:
            heapq.heappush(self._heap, Task(priority, next(self._seq), name, cost, list(tags)))
            self._cv.notify()

    def close(self):
        with self._cv:
            self._closed = True
            self._cv.notify_all()

    def _set(self, state):
        with self._cv:
            self.transitions.append((threading.current_thread().name, state))

    def _work(self):
        self._set(WorkerState.IDLE)
        while True:
            with self._cv:
                self._cv.wait_for(lambda: self._heap or self._closed)
                if not self._heap:
                    break
                task = heapq.heappop(self._heap)
            self._set(WorkerState.BUSY)
            result = sum(range(task.cost * 1000))
            with self._cv:
                self.done.append(Done(task.name, threading.current_thread().name, result))
            self._set(WorkerState.IDLE)
        self._set(WorkerState.STOPPED)


sched = Scheduler(3)
for prio, name, cost in [(3, "backup", 5), (1, "email", 1), (2, "report", 3), (1, "alert", 2), (5, "cleanup", 1)]:
    sched.submit(prio, name, cost, "batch" if prio > 2 else "urgent")
print("heap order:", [t.name for t in sorted(sched._heap)])
print("first:", sched._heap[0])
for w in sched.workers:
    w.start()
sched.close()
for w in sched.workers:
    w.join()
print("done:", sorted((d.task, d.result) for d in sched.done))
states = sorted(set(s for _, s in sched.transitions), key=lambda s: s.value)
print("states seen:", [str(s) for s in states], [s.value for s in states])
per_worker = {}
for name, state in sched.transitions:
    per_worker.setdefault(name, []).append(state)
print("each worker ends STOPPED:", all(v[-1] is WorkerState.STOPPED and v[0] is WorkerState.IDLE
                                       for v in per_worker.values()))
print("busy count:", sum(s is WorkerState.BUSY for _, s in sched.transitions))

t = Task(1, 99, "x", 7, ["a"])
print(t, asdict(t), astuple(t))
print(replace(t, priority=0) < t, Task(1, 1, "a") == Task(1, 1, "b"), [f.name for f in fields(Task)])
d = Done("t", "w", 1)
try:
    d.result = 2
except Exception as exc:
    print(type(exc).__name__, exc)
print(hash(d) == hash(Done("t", "w", 1)), d == Done("t", "w", 1))
print(WorkerState["BUSY"], WorkerState(3), repr(WorkerState.IDLE), list(WorkerState))
print(WorkerState.BUSY in WorkerState, len(WorkerState), WorkerState.IDLE.name)
try:
    WorkerState(9)
except ValueError as exc:
    print(exc)
print(heapq.nsmallest(2, [Task(5, 0, "a"), Task(2, 1, "b"), Task(2, 0, "c")]))
print(heapq.merge.__name__, list(heapq.merge([1, 4, 9], [2, 3, 10], key=None)))
