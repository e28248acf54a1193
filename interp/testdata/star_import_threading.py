# from threading import * and from queue import * bind the public names
# of the modules (their __all__) at module level.
from threading import *
from queue import *

print(Thread.__name__, Event.__name__, Semaphore.__name__)
lock = Lock()
results = Queue()
total = [0]


def work(n):
    for _ in range(100):
        with lock:
            total[0] += n
    results.put((n, current_thread().name))


threads = [Thread(target=work, args=(i,), name="w%d" % i) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total[0])
print(sorted(results.get() for _ in range(4)))
print(active_count())
print(current_thread().name, main_thread() is current_thread())
try:
    results.get_nowait()
except Empty:
    print("Empty")
lq = LifoQueue()
lq.put(1)
lq.put(2)
print(lq.get(), lq.qsize())
pq = PriorityQueue()
for x in (3, 1, 2):
    pq.put(x)
print([pq.get() for _ in range(3)])
print(RLock.__name__, TIMEOUT_MAX > 0, get_ident() == current_thread().ident)
print(type(local()).__name__, issubclass(ThreadError, Exception))
# Public names of threading that its __all__ leaves out:
for name in ("currentThread", "activeCount", "Full"):
    try:
        eval(name)
        print(name, "bound")
    except NameError as e:
        print(e)
