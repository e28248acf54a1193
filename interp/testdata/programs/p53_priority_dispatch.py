"""Tickets dispatched by priority: PriorityQueue with (priority, seq, item), task_done and join."""
import itertools
import queue
import threading
import time
from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


@dataclass(order=True)
class Ticket:
    severity: Severity
    seq: int
    title: str = field(compare=False)
    handled_by: str = field(default="", compare=False)


def main():
    q = queue.PriorityQueue()
    counter = itertools.count()
    titles = [
        (Severity.LOW, "typo on about page"),
        (Severity.CRITICAL, "database down"),
        (Severity.NORMAL, "slow search"),
        (Severity.HIGH, "login fails for some users"),
        (Severity.NORMAL, "export button misaligned"),
        (Severity.CRITICAL, "payment errors"),
        (Severity.LOW, "update copyright year"),
    ]
    for sev, title in titles:
        q.put(Ticket(sev, next(counter), title))
    print("queued:", q.qsize(), "empty:", q.empty(), "full:", q.full())

    order = []
    lock = threading.Lock()
    gate = threading.Event()

    def agent(name):
        gate.wait()
        while True:
            try:
                t = q.get(timeout=0.2)
            except queue.Empty:
                return
            if t.title is None:
                q.task_done()
                return
            t.handled_by = name
            with lock:
                order.append(t)
            time.sleep(0.005)
            q.task_done()

    agents = [threading.Thread(target=agent, args=(f"agent{i}",), daemon=True) for i in range(2)]
    for a in agents:
        a.start()
    gate.set()
    q.join()
    for _ in agents:
        q.put(Ticket(Severity.LOW, 10 ** 6, None))
    for a in agents:
        a.join()
    print("handled:", len(order))
    print("criticals:", sorted(t.title for t in order if t.severity == Severity.CRITICAL))
    by_sev = {}
    for t in sorted(order):
        by_sev.setdefault(t.severity.name, []).append(t.seq)
    print(by_sev)
    print(all(t.handled_by.startswith("agent") for t in order), Severity.HIGH < Severity.NORMAL, Severity(2).name)
    pq = queue.PriorityQueue(maxsize=2)
    pq.put((2, "b"))
    pq.put((1, "a"))
    try:
        pq.put((0, "z"), block=False)
    except queue.Full:
        print("Full at", pq.qsize())
    print(pq.get_nowait(), pq.get(), pq.empty())
    try:
        pq.get_nowait()
    except queue.Empty:
        print("Empty")
    sq = queue.SimpleQueue()
    for x in "abc":
        sq.put(x)
    print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
