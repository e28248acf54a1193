# The methods of the native classes are in their classes' dicts, as in
# CPython: called on the class with the object first, from a subclass's
# override, or mapped over objects.
import collections
import queue
import threading


class CountingQueue(queue.Queue):
    def __init__(self):
        queue.Queue.__init__(self)
        self.puts = 0

    def put(self, item, block=True, timeout=None):
        self.puts += 1
        queue.Queue.put(self, item, block, timeout)


cq = CountingQueue()
for x in 'abc':
    cq.put(x)
print(cq.puts, queue.Queue.qsize(cq), queue.Queue.get(cq), cq.get_nowait(), queue.LifoQueue.empty(cq))
ev = threading.Event()
threading.Event.set(ev)
print(ev.is_set(), threading.Event.is_set(ev), queue.SimpleQueue.empty(queue.SimpleQueue()), hasattr(queue.SimpleQueue, 'join'))


class LoudEvent(threading.Event):
    def set(self):
        print('setting')
        threading.Event.set(self)


le = LoudEvent()
le.set()
print(le.is_set(), threading.Event.wait(le, 0))
timers = [threading.Timer(5, print) for _ in range(2)]
for t in timers:
    t.start()
list(map(threading.Timer.cancel, timers))
print([t.finished.is_set() for t in timers])
cond = threading.Condition()
with cond:
    threading.Condition.notify_all(cond)
sem = threading.BoundedSemaphore(1)
print(threading.Semaphore.acquire(sem), threading.BoundedSemaphore.acquire(sem, timeout=0))
threading.Semaphore.release(sem)
ds = [collections.deque([1, 2]), collections.deque([3])]
print(list(map(collections.deque.popleft, ds)), ds)
c = collections.Counter()
collections.Counter.update(c, 'аба')
print(c, collections.Counter.most_common(c, 1), collections.OrderedDict.fromkeys('xy'))
for call in (lambda: collections.deque.append([], 1), lambda: collections.deque.popleft('x')):
    try:
        call()
    except TypeError as exc:
        print(exc)
