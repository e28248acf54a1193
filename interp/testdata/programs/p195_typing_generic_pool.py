"""A typed worker pool: Generic, TypeVar, Protocol, Optional, Callable."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Callable, Generic, Optional, Protocol, TypeVar, Iterable

T = TypeVar("T")
R = TypeVar("R")


class Sink(Protocol):
    def write(self, line: str) -> None: ...


@dataclass(order=True)
class Job(Generic[T]):
    priority: int
    seq: int
    payload: T = field(compare=False)


@dataclass
class Outcome(Generic[R]):
    job_id: int
    value: Optional[R] = None
    error: Optional[str] = None

    @property
    def ok(self) -> bool:
        return self.error is None


class ListSink:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def write(self, line: str) -> None:
        self.lines.append(line)


class TypedPool(Generic[T, R]):
    def __init__(self, fn: Callable[[T], R], workers: int, sink: Sink) -> None:
        self.fn = fn
        self.jobs: "queue.PriorityQueue[Job[T]]" = queue.PriorityQueue()
        self.results: dict[int, Outcome[R]] = {}
        self.sink = sink
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run, name=f"typed-{i}")
                         for i in range(workers)]

    def _run(self) -> None:
        while (job := self.jobs.get()).payload is not None:
            try:
                out: Outcome[R] = Outcome(job.seq, value=self.fn(job.payload))
            except Exception as exc:
                out = Outcome(job.seq, error=f"{type(exc).__name__}: {exc}")
            with self._lock:
                self.results[job.seq] = out
            self.jobs.task_done()
        self.jobs.task_done()

    def run(self, items: Iterable[tuple[int, T]]) -> list[Outcome[R]]:
        for t in self._threads:
            t.start()
        count = 0
        for seq, (prio, item) in enumerate(items):
            self.jobs.put(Job(prio, seq, item))
            count += 1
        self.jobs.join()
        for _ in self._threads:
            self.jobs.put(Job(10**9, 10**9, None))
        for t in self._threads:
            t.join()
        self.sink.write(f"{count} jobs, {len(self._threads)} workers")
        return [self.results[i] for i in sorted(self.results)]


def parse_ratio(text: str) -> float:
    a, b = text.split("/")
    return int(a) / int(b)


sink = ListSink()
pool: TypedPool[str, float] = TypedPool(parse_ratio, 3, sink)
data = [(2, "1/2"), (1, "3/4"), (3, "5/0"), (1, "x/3"), (2, "22/7"), (0, "9/3")]
for o in pool.run(data):
    status = f"{o.value:.4f}" if o.ok else o.error
    print(f"job {o.job_id}: {status}")
print(sink.lines)
print(Job(1, 2, "a") < Job(1, 3, "b"), Job(2, 0, "z") > Job(1, 9, "a"))
print(Outcome(1, 2.5))
print(TypedPool.__orig_bases__ if hasattr(TypedPool, "__orig_bases__") else None)
print(parse_ratio.__annotations__)
print(isinstance(sink, ListSink), callable(pool.fn))
