"""Frozen and ordered dataclasses describe tasks; threads produce result records."""
import dataclasses
import threading
from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional


@dataclass(frozen=True, order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: tuple = field(default=(), compare=False, repr=False)

    @property
    def label(self):
        return f"[{self.priority}] {self.name}"


@dataclass
class Result:
    task: Task
    worker: str
    output: List[str] = field(default_factory=list)
    error: Optional[str] = None
    attempts: int = 0

    def ok(self):
        return self.error is None


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def take(self, name, n):
        with self.lock:
            have = self.items.get(name, 0)
            if have < n:
                raise ValueError(f"only {have} {name} left, need {n}")
            self.items[name] = have - n
            return n


def perform(task, inv, results, lock):
    res = Result(task, threading.current_thread().name)
    for part in task.tags:
        res.attempts += 1
        try:
            inv.take(part, 1)
            res.output.append(part)
        except ValueError as e:
            res.error = str(e)
            break
    with lock:
        results.append(res)


def main():
    tasks = sorted([
        Task(3, "paint", ("brush", "paint")),
        Task(1, "build", ("brick", "brick", "mortar")),
        Task(2, "wire", ("cable", "switch")),
        Task(2, "plumb", ("pipe", "pipe", "pipe")),
    ])
    print([t.label for t in tasks])
    print(tasks[0], Task(1, "x") == Task(1, "y"), Task(1, "a") < Task(2, "a"))
    try:
        tasks[0].priority = 9
    except dataclasses.FrozenInstanceError as e:
        print("frozen:", type(e).__name__, e)
    inv = Inventory({"brush": 1, "paint": 1, "brick": 2, "mortar": 1, "cable": 1, "switch": 1, "pipe": 2})
    print(inv)
    results, lock = [], threading.Lock()
    threads = [threading.Thread(target=perform, args=(t, inv, results, lock), name=f"crew-{t.name}")
               for t in tasks]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    for r in sorted(results, key=lambda r: r.task):
        status = "ok" if r.ok() else f"FAILED ({r.error})"
        print(f"{r.task.name:6} by {r.worker:11} {r.attempts}x {r.output} {status}")
    print("left:", {k: v for k, v in inv.items.items() if v})
    r0 = min(results, key=lambda r: r.task.priority)
    d = asdict(r0)
    print(sorted(d), d["task"])
    print(astuple(r0.task))
    r2 = replace(r0, worker="nobody", error="reassigned")
    print(r2.worker, r2.ok(), r0.ok(), r2.task is r0.task)
    print([f.name for f in dataclasses.fields(Result)])
    print(dataclasses.is_dataclass(r0), dataclasses.is_dataclass(Result), dataclasses.is_dataclass(3))
    print(Result(Task(0, "t"), "w"))
    print(hash(Task(5, "a")) == hash(Task(5, "b")), len({Task(5, "a"), Task(5, "b"), Task(6, "c")}))


if __name__ == "__main__":
    main()
