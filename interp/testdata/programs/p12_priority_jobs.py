"""Dataclass jobs ordered in a PriorityQueue and handled by workers."""
from dataclasses import dataclass, field
import queue
import threading


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: dict = field(default_factory=dict, compare=False, repr=False)


def main():
    pq = queue.PriorityQueue()
    jobs = [
        Job(3, "cleanup"),
        Job(1, "urgent-fix", {"ticket": 42}),
        Job(2, "deploy", {"env": "prod"}),
        Job(1, "page-oncall"),
        Job(5, "report"),
    ]
    for j in jobs:
        pq.put(j)
    print("queued:", pq.qsize())
    print("first job repr:", jobs[1])
    print("equal priorities compare equal:", Job(1, "a") == Job(1, "b"))
    handled = []
    lock = threading.Lock()
    gate = threading.Lock()

    def worker():
        while True:
            with gate:
                try:
                    job = pq.get_nowait()
                except queue.Empty:
                    return
                with lock:
                    handled.append(job)
            pq.task_done()

    ws = [threading.Thread(target=worker) for _ in range(3)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    pq.join()
    print("priorities in order:", [j.priority for j in handled])
    print("names by priority:", sorted((j.priority, j.name) for j in handled))
    print("payloads:", [j.payload for j in handled if j.payload])
    tq = queue.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (1, "a"), (0, "x")]:
        tq.put(item)
    print("tuples:", [tq.get() for _ in range(4)])


if __name__ == "__main__":
    main()
