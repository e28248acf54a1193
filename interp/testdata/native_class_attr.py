# x.__class__, getattr(x, "__class__") and hasattr of the objects that
# native modules make are their type, as type(x) is.
import collections
import concurrent.futures
import logging
import queue
import threading

objs = [threading.Lock(), threading.RLock(), threading.Event(), threading.Condition(),
        threading.Semaphore(), threading.BoundedSemaphore(), threading.Barrier(1),
        threading.Thread(), threading.Timer(1, print), threading.local(),
        queue.Queue(), queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue(),
        concurrent.futures.Future(), logging.getLogger("x"), collections.deque()]
for o in objs:
    print(o.__class__.__name__, getattr(o, "__class__") is type(o), o.__class__ is type(o),
          hasattr(o, "__class__"))


class Sub(threading.local):
    pass


print(Sub().__class__.__name__, threading.main_thread().__class__.__name__)
try:
    threading.Lock().no_such
except AttributeError as e:
    print("AttributeError:", e)
