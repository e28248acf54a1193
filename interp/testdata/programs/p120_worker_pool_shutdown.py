"""A supervisor with worker threads, heartbeats, a poison pill per worker and a final report by thread name."""
import queue
import threading
import time
from collections import namedtuple

Task = namedtuple('Task', 'id kind payload')
Done = namedtuple('Done', 'task_id worker result')
POISON = Task(-1, 'stop', None)


def handle(task):
    if task.kind == 'sum':
        return sum(task.payload)
    if task.kind == 'upper':
        return task.payload.upper()
    if task.kind == 'sleep':
        time.sleep(task.payload)
        return f'slept {task.payload}'
    raise NotImplementedError(f'unknown kind {task.kind!r}')


class Supervisor:
    def __init__(self, n):
        self.inbox = queue.Queue()
        self.outbox = queue.Queue()
        self.beats = {}
        self.beat_lock = threading.Lock()
        self.workers = [threading.Thread(target=self.loop, name=f'w{i}') for i in range(n)]

    def beat(self):
        with self.beat_lock:
            name = threading.current_thread().name
            self.beats[name] = self.beats.get(name, 0) + 1

    def loop(self):
        me = threading.current_thread().name
        while True:
            task = self.inbox.get()
            self.beat()
            if task is POISON:
                self.inbox.task_done()
                return
            try:
                self.outbox.put(Done(task.id, me, handle(task)))
            except Exception as exc:
                self.outbox.put(Done(task.id, me, exc))
            finally:
                self.inbox.task_done()

    def run(self, tasks):
        for w in self.workers:
            w.start()
        for t in tasks:
            self.inbox.put(t)
        self.inbox.join()
        for _ in self.workers:
            self.inbox.put(POISON)
        for w in self.workers:
            w.join()
        out = []
        while not self.outbox.empty():
            out.append(self.outbox.get_nowait())
        return sorted(out, key=lambda d: d.task_id)


tasks = [Task(1, 'sum', [1, 2, 3]), Task(2, 'upper', 'привет'), Task(3, 'sleep', 0.01),
         Task(4, 'divide', (1, 0)), Task(5, 'sum', range(101)), Task(6, 'upper', 'ok')]
sup = Supervisor(3)
done = sup.run(tasks)
for d in done:
    r = d.result
    shown = f'{type(r).__name__}: {r}' if isinstance(r, Exception) else repr(r)
    print(f'task {d.task_id}: {shown}')
print('workers named:', sorted({d.worker for d in done} | set(sup.beats)) <= ['w0', 'w1', 'w2'])
print('beats total:', sum(sup.beats.values()), '== tasks + pills:', len(tasks) + 3)
print('all stopped:', not any(w.is_alive() for w in sup.workers))
print('poison is a Task:', isinstance(POISON, tuple), POISON._fields, POISON == Task(-1, 'stop', None))
print('inbox empty, unfinished:', sup.inbox.empty(), sup.inbox.unfinished_tasks)
