# Очереди: heapq с dataclass(order=True) и field(compare=False), deque, приоритеты, симуляция обслуживания
import heapq
from collections import deque
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    title: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self._heap = []
        self._seq = count()
        self.done = []

    def push(self, title, priority=5, *tags):
        task = Task(priority, next(self._seq), title, list(tags))
        heapq.heappush(self._heap, task)
        return task

    def pop(self):
        if not self._heap:
            raise IndexError("очередь задач пуста")
        task = heapq.heappop(self._heap)
        self.done.append(task.title)
        return task

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def peek(self):
        return self._heap[0] if self._heap else None


s = Scheduler()
s.push("отчёт", 2, "срочно")
s.push("почта", 5)
s.push("звонок", 1, "клиент", "срочно")
s.push("обед", 5)
s.push("код-ревью", 2)
print(len(s), s.peek(), bool(s))
while s:
    t = s.pop()
    print(f"  [{t.priority}] #{t.seq} {t.title:<10} {','.join(t.tags) or '—'}")
print(s.done)
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
print(Task(1, 0, "а") < Task(1, 1, "б"), Task(1, 0, "а") == Task(1, 0, "другое"), sorted([Task(3, 0, "x"), Task(1, 5, "y")])[0].title)

queue = deque(["Анна", "Борис", "Вера"], maxlen=5)
queue.append("Глеб")
queue.appendleft("VIP")
print(queue, queue.maxlen, len(queue))
queue.extend(["Дина", "Ефим"])
print(queue, queue[0], queue[-1])
queue.rotate(2)
print(list(queue))
queue.rotate(-3)
print(list(queue), queue.popleft(), queue.pop(), queue.count("Анна"), "Вера" in queue)
queue.remove("Вера")
print(queue, queue.index("Дина") if "Дина" in queue else -1)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    queue.remove("нет")
except ValueError as e:
    print("ValueError:", e)

arrivals = deque([(0, "Анна", 3), (1, "Борис", 2), (2, "Вера", 1), (6, "Глеб", 2)])
clock, waiting, log = 0, deque(), []
while arrivals or waiting:
    while arrivals and arrivals[0][0] <= clock:
        waiting.append(arrivals.popleft())
    if not waiting:
        clock = arrivals[0][0]
        continue
    t0, name, duration = waiting.popleft()
    log.append(f"{name}: ждал {clock - t0}, обслужен {clock}–{clock + duration}")
    clock += duration
print(*log, sep="\n")
print(heapq.nsmallest(2, [5, 1, 4, 1]), heapq.merge([1, 4], [2, 3]).__class__.__name__, list(heapq.merge([1, 4], [2, 3])))
h = [5, 3, 8]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 1), heapq.heapreplace(h, 10), h)
