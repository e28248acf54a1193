"""Event-driven shutdown of polling loops: wait() return values, clear(), and a two-phase stop."""
import queue
import threading
import time


class Service:
    def __init__(self, name, interval):
        self.name = name
        self.interval = interval
        self.stop_event = threading.Event()
        self.ready = threading.Event()
        self.ticks = 0
        self.thread = threading.Thread(target=self._loop, name=name)

    def _loop(self):
        self.ready.set()
        while not self.stop_event.is_set():
            self.ticks += 1
            self.stop_event.wait(self.interval)

    def start(self):
        self.thread.start()
        return self.ready.wait(timeout=2)

    def stop(self):
        self.stop_event.set()
        self.thread.join(timeout=2)
        return not self.thread.is_alive()


services = [Service('poller', 0.005), Service('flusher', 0.01), Service('reaper', 1.0)]
print('started:', [s.start() for s in services])
time.sleep(0.05)
print('stopped:', [s.stop() for s in services])
print('ticked:', {s.name: s.ticks > 0 for s in services})
print('reaper ticked once only:', services[2].ticks == 1)

ev = threading.Event()
print('fresh event:', ev.is_set(), ev.wait(0.01))
ev.set()
print('set event:', ev.is_set(), ev.wait(0), ev.wait())
ev.clear()
print('cleared:', ev.is_set())

# two-phase shutdown: stop producing, drain, then stop consumers
jobs = queue.Queue()
stop_producing = threading.Event()
drained = threading.Event()
consumed = []
lock = threading.Lock()


def producer():
    n = 0
    while not stop_producing.is_set():
        jobs.put(n)
        n += 1
        if n >= 50:
            break
        time.sleep(0.001)
    return n


def consumer():
    while not (drained.is_set() and jobs.empty()):
        try:
            item = jobs.get(timeout=0.01)
        except queue.Empty:
            continue
        with lock:
            consumed.append(item)
        jobs.task_done()


p = threading.Thread(target=producer)
cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in cs + [p]:
    t.start()
time.sleep(0.02)
stop_producing.set()
p.join()
jobs.join()
drained.set()
for c in cs:
    c.join()
print('consumed count equals produced:', len(consumed) == len(set(consumed)) and sorted(consumed) == list(range(len(consumed))))
print('queue empty:', jobs.empty(), 'unfinished:', jobs.unfinished_tasks)

# waiting threads all wake on one set()
gate = threading.Event()
woke = []


def waiter(i):
    if gate.wait(timeout=2):
        with lock:
            woke.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
time.sleep(0.01)
gate.set()
for w in ws:
    w.join()
print('woke:', sorted(woke))
print('Event repr starts with:', repr(gate).split(' ')[0].lstrip('<'))
