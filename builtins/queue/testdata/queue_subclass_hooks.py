# A Queue subclass's storage hooks as CPython calls them: _init(maxsize)
# from __init__, _qsize for qsize/empty/full and the waits, _put and _get;
# the default hooks keep the items in whatever self.queue the subclass's
# _init set (a set, a dict, a list) as CPython's do.
import queue
import threading


class SetQueue(queue.Queue):
    """Drops duplicates: the classic recipe."""

    def _init(self, maxsize):
        self.queue = set()

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        return self.queue.pop()


q = SetQueue()
for x in [3, 1, 3, 2, 1]:
    q.put(x)
print(q.qsize(), sorted(q.queue), q.unfinished_tasks, type(q.queue).__name__)
print(sorted(q.get() for _ in range(q.qsize())), q.empty())


class OrderedSetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = {}

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue[item] = None

    def _get(self):
        k = next(iter(self.queue))
        del self.queue[k]
        return k


o = OrderedSetQueue(maxsize=3)
for x in "abba":
    o.put(x)
o.put("c")
print(o.qsize(), o.full())
try:
    o.put_nowait("d")
except queue.Full:
    print("Full with", o.qsize(), "items")
print([o.get() for _ in range(o.qsize())], o.empty())

# A thread putting duplicates, another taking them: get waits on _qsize.
seen = []
done = threading.Event()


def consumer():
    while (item := o.get(timeout=5)) is not None:
        seen.append(item)


c = threading.Thread(target=consumer)
c.start()
for word in ["x", "y", "x"]:
    o.put(word)
o.put(None)
c.join()
print("consumer saw", sorted(seen))


class Logged(queue.LifoQueue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self.log = [f"init {maxsize}"]

    def _put(self, item):
        self.log.append(f"put {item}")
        super()._put(item)


lq = Logged(7)
lq.put(1)
lq.put(2)
print(lq.get(), lq.log, lq.qsize())


class ListLifo(queue.LifoQueue):
    def _init(self, maxsize):
        self.queue = ["bottom"]


class HeapPriority(queue.PriorityQueue):
    def _init(self, maxsize):
        self.queue = [(5, "five")]


ll, hp = ListLifo(), HeapPriority()
ll.put("top")
hp.put((1, "one"))
hp.put((3, "three"))
print(ll.qsize(), ll.get(), ll.get(), ll.empty(), ll.queue)
print(hp.qsize(), [hp.get() for _ in range(3)], hp.queue)


class BadSize(queue.Queue):
    def _qsize(self):
        return "many"


bad = BadSize(maxsize=2)
print(repr(bad.qsize()), bad.empty())
for call in (bad.full, bad.get_nowait, lambda: bad.put_nowait(1)):
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
