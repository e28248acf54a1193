# What CPython's test_queue taught: a Queue subclass's __init__ calls
# Queue.__init__; its _put/_get override the storage and call the base
# ones; maxsize can be changed; q.__class__; importlib and __import__;
# threading.local attributes can be deleted and its __dict__ is read-only.
import importlib
import queue
import threading


class Failing(queue.Queue):
    def __init__(self, *args):
        self.fail_next_put = False
        queue.Queue.__init__(self, *args)

    def _put(self, item):
        if self.fail_next_put:
            self.fail_next_put = False
            raise ValueError("put failed")
        return queue.Queue._put(self, item)

    def _get(self):
        return ("got", queue.Queue._get(self))


q = Failing(3)
q.put(1)
q.fail_next_put = True
try:
    q.put(2)
except ValueError as e:
    print(e, q.qsize(), q.unfinished_tasks)
q.put(3)
print(q.get(), q.get(), q.qsize())
p = queue.Queue(1)
p.maxsize = 2
p.put(1)
p.put(2)
print(p.full(), p.__class__.__name__, p.maxsize)
print(importlib.import_module("queue") is queue, __import__("os.path").__name__)
loc = threading.local()
loc.x = 1
del loc.x
print(hasattr(loc, "x"))
for op in ["set", "del"]:
    try:
        if op == "set":
            loc.__dict__ = {}
        else:
            del loc.__dict__
    except AttributeError as e:
        print("AttributeError")
