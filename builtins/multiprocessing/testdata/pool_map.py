# ThreadPool from multiprocessing.dummy and multiprocessing.pool: the
# mapping methods, results in order, worker thread names, pool states.
import threading
from multiprocessing.dummy import Pool as ThreadPool
from multiprocessing.pool import ThreadPool as TP


def square(x):
    return x * x


def add(a, b):
    return a + b


def name(_):
    return threading.current_thread().name


print(ThreadPool.__name__, TP, ThreadPool is TP)
pool = ThreadPool(4)
print(type(pool), pool)
names = sorted(t.name for t in threading.enumerate())
print(names)
workers = {t.name for t in threading.enumerate() if t.name.endswith("(worker)")}
print(len(workers), sorted(t.daemon for t in threading.enumerate() if t.name != "MainThread"))
print(pool.map(square, range(10)))
print(pool.map(square, []))
print(pool.map(square, (x for x in range(5))))
print(pool.map(square, range(7), chunksize=3))
print(pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
print(list(pool.imap(square, range(6))))
print(list(pool.imap(square, range(6), 4)))
print(sorted(pool.imap_unordered(square, range(6))))
print(sorted(pool.imap_unordered(square, range(9), chunksize=2)))
print(pool.apply(add, (2, 3)), pool.apply(add, kwds={"a": "x", "b": "y"}))
r = pool.apply_async(square, (7,))
print(r.get(5), r.ready(), r.successful())
r.wait()
m = pool.map_async(square, range(4))
print(m.get(), m.ready())
got = []
m = pool.map_async(square, range(3), callback=got.append)
m.wait()
print(got)
s = pool.starmap_async(add, [(1, 1), (2, 2)])
print(s.get())
used = set(pool.map(name, range(40)))
print(used <= workers, len(used) >= 1)
it = pool.imap(square, range(3))
print(it is iter(it), it.next(), it.next(timeout=5), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
pool.close()
print(pool)
pool.join()
print(pool)
print(sorted(t.name for t in threading.enumerate()))

with ThreadPool(2) as p:
    print(p, p.map(square, [1, 2, 3]))
print(p)
p.join()
print(sorted(t.name for t in threading.enumerate()))

p = ThreadPool(processes=3, initializer=print, initargs=("init",))
print(p.map(len, ["a", "bb"]))
p.close()
p.join()
p = TP()
print(p.map(square, range(3)))
p.terminate()
p.join()
print("done", threading.active_count())
