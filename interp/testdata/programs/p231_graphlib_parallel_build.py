"""Docs recipe "graphlib.TopologicalSorter with a thread pool": the build
steps of a small project run in parallel as soon as their dependencies are
done; workers take nodes from a task queue and report to a finished queue,
the main thread calls get_ready()/done() (the sorter is not thread-safe),
one wave at a time.
"""
import queue
import threading
from graphlib import CycleError, TopologicalSorter

STEPS = {
    "загрузка": [],
    "конфиг": [],
    "компиляция": ["загрузка", "конфиг"],
    "ресурсы": ["загрузка"],
    "тесты": ["компиляция"],
    "документация": ["ресурсы", "конфиг"],
    "пакет": ["компиляция", "ресурсы"],
    "выпуск": ["пакет", "тесты", "документация"],
}

task_queue: "queue.Queue[str | None]" = queue.Queue()
finalized: "queue.Queue[tuple[str, str]]" = queue.Queue()
log_lock = threading.Lock()
ran_by: dict[str, str] = {}


def worker():
    while (step := task_queue.get()) is not None:
        with log_lock:
            ran_by[step] = threading.current_thread().name
        finalized.put((step, step.upper()))
        task_queue.task_done()
    task_queue.task_done()


sorter = TopologicalSorter(STEPS)
sorter.prepare()
workers = [threading.Thread(target=worker, name=f"сборщик-{i}") for i in range(3)]
for w in workers:
    w.start()

wave = 0
order = []
while sorter.is_active():
    ready = sorted(sorter.get_ready())
    if ready:
        wave += 1
        print(f"волна {wave}: {', '.join(ready)}")
        for step in ready:
            task_queue.put(step)
    # The whole wave finishes before the next one is asked for, and is
    # marked done in a fixed order, so the waves are the same each run.
    results = sorted(finalized.get() for _ in ready)
    for step, result in results:
        order.append(step)
        sorter.done(step)

for _ in workers:
    task_queue.put(None)
task_queue.join()
for w in workers:
    w.join()

print("выполнено шагов:", len(order), "| все шаги:", sorted(order) == sorted(STEPS))
print("выпуск последним:", order[-1] == "выпуск")
print("потоки:", set(ran_by.values()) <= {f"сборщик-{i}" for i in range(3)})
print("статический порядок:", list(TopologicalSorter(STEPS).static_order()))

broken = dict(STEPS, загрузка=["выпуск"])
try:
    TopologicalSorter(broken).prepare()
except CycleError as e:
    msg, cycle = e.args
    print(f"{msg}: {' -> '.join(cycle)}")
