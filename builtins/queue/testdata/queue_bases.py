# LifoQueue and PriorityQueue derive from Queue, as in CPython; so do
# their subclasses.
import queue
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    print(cls.__name__, [c.__name__ for c in cls.__mro__], isinstance(q, queue.Queue), issubclass(cls, queue.Queue), cls.__bases__)


class Stack(queue.LifoQueue):
    def __init__(self):
        super().__init__(maxsize=2)
        self.pushes = 0

    def _put(self, item):
        self.pushes += 1
        super()._put(item)


s = Stack()
s.put(1)
s.put(2)
print(s.get(), s.get(), s.pushes, s.maxsize, isinstance(s, queue.Queue), [c.__name__ for c in type(s).__mro__])


class Tagged(queue.PriorityQueue):
    pass


t = Tagged()
for x in (3, 1, 2):
    t.put(x)
print([t.get() for _ in range(3)], isinstance(t, queue.PriorityQueue), isinstance(t, queue.Queue))
