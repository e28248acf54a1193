"""queue.Queue.task_done/join: the docs worker example and its error cases."""
import queue
import threading

q = queue.Queue()
processed = []
plock = threading.Lock()


def worker():
    while True:
        item = q.get()
        with plock:
            processed.append(f'Finished {item}')
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for item in range(30):
    q.put(item)
q.join()
print('All work completed:', len(processed), processed[0], processed[-1])
print('unfinished_tasks:', q.unfinished_tasks, 'empty:', q.empty(), 'qsize:', q.qsize())

try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)

jobs = queue.Queue(maxsize=4)
print('maxsize:', jobs.maxsize, 'full:', jobs.full())
totals = {}


def summer(name):
    total = 0
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        total += n
        jobs.task_done()
    with plock:
        totals[name] = total


workers = [threading.Thread(target=summer, args=(f'w{i}',)) for i in range(3)]
for w in workers:
    w.start()
for n in range(1, 101):
    jobs.put(n)
jobs.join()
print('after join unfinished:', jobs.unfinished_tasks)
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
print('grand total:', sum(totals.values()), 'workers:', sorted(totals))

lifo = queue.LifoQueue()
for word in 'один два три'.split():
    lifo.put(word)
print('lifo:', [lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    pq.put((prio, name))
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print('priority:', out)


class Job:
    def __init__(self, priority, description):
        self.priority = priority
        self.description = description

    def __lt__(self, other):
        return self.priority < other.priority


pq = queue.PriorityQueue()
pq.put(Job(3, 'Mid-level job'))
pq.put(Job(10, 'Low-level job'))
pq.put(Job(1, 'Important job'))
seen = []


def process_job(q):
    while True:
        try:
            next_job = q.get(timeout=0.05)
        except queue.Empty:
            return
        seen.append(next_job.description)
        q.task_done()


t = threading.Thread(target=process_job, args=(pq,))
t.start()
t.join()
print('PyMOTW priority jobs:', seen)
print(issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))
