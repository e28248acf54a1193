# Attributes scripts set on library objects: those with a __dict__ in
# CPython take any name; Lock, RLock, SimpleQueue, int, str... refuse.
import collections
import concurrent.futures
import logging
import queue
import threading

objects = [
    threading.Event(), threading.Condition(), threading.Semaphore(2),
    threading.BoundedSemaphore(), threading.Barrier(1), threading.Timer(1, print),
    threading.Thread(), queue.Queue(), queue.LifoQueue(), queue.PriorityQueue(),
    concurrent.futures.Future(), logging.getLogger("attrs"), logging.StreamHandler(),
    logging.Formatter("%(message)s"),
]
for obj in objects:
    obj.tag = "t-" + type(obj).__name__
    obj.count = 1
    obj.count += 1
    print(type(obj).__name__, obj.tag, obj.count, getattr(obj, "tag"), hasattr(obj, "count"))
    print("  dict:", vars(obj)["tag"], obj.__dict__["count"], "tag" in obj.__dict__)
    del obj.tag
    print("  deleted:", hasattr(obj, "tag"))

refusing = [threading.Lock(), threading.RLock(), queue.SimpleQueue(), 1, "s", [], {}, (),
            1.5, None, True, print, object(), collections.deque(), collections.defaultdict(int)]
for obj in refusing:
    try:
        obj.tag = 1
    except AttributeError as e:
        print(type(obj).__name__, "set:", e)
    try:
        obj.tag
    except AttributeError as e:
        print(type(obj).__name__, "get:", e)

# Futures tagged with their job, as tutorials do.
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    futures = []
    for n in range(3):
        f = ex.submit(pow, 2, n)
        f.arg = n
        futures.append(f)
    for f in concurrent.futures.as_completed(futures):
        pass
    print(sorted((f.arg, f.result()) for f in futures))
    ex.name = "pool"
    print(ex.name, vars(ex)["name"])

# An instance attribute shadows a method, as in CPython.
ev = threading.Event()
ev.wait = lambda timeout=None: "shadowed"
print(ev.wait(), ev.is_set())
b = threading.Barrier(2)
try:
    b.parties = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del threading.Event().missing
except AttributeError as e:
    print("AttributeError:", e)
log = logging.getLogger("attrs")
print(log.name, log.__dict__.get("tag"), logging.getLogger("attrs") is log)
