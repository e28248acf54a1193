# ThreadPool errors: exceptions re-raised from get, TimeoutError from
# get(timeout), error callbacks, misuse of a closed pool.
import multiprocessing
import threading
from multiprocessing.dummy import Pool


def fail(x):
    if x == 3:
        raise ValueError("bad value %d" % x)
    return x


gate = threading.Event()


def slow(x):
    gate.wait()
    return x * 10


pool = Pool(3)
try:
    pool.map(fail, range(6))
except ValueError as e:
    print("map:", repr(e))
try:
    list(pool.imap(fail, range(6)))
except ValueError as e:
    print("imap:", repr(e))
it = pool.imap(fail, range(5))
print(next(it), next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("imap item 3:", e)
print(next(it))
r = pool.apply_async(fail, (3,))
try:
    r.get()
except ValueError as e:
    print("apply_async:", e, r.successful())
errors = []
r = pool.map_async(fail, [1, 3, 5], error_callback=errors.append)
r.wait()
print(r.ready(), r.successful(), errors)
try:
    r.get()
except ValueError as e:
    print("map_async:", e)
r = pool.apply_async(slow, (4,))
try:
    r.successful()
except ValueError as e:
    print("ValueError:", str(e).split(" object at ")[0].split(".")[-1])
try:
    r.get(timeout=0.01)
except multiprocessing.TimeoutError as e:
    print("timeout:", type(e), repr(e), isinstance(e, multiprocessing.ProcessError))
it = pool.imap(slow, [1])
try:
    it.next(0.01)
except multiprocessing.TimeoutError as e:
    print("imap timeout:", repr(e))
gate.set()
print(r.get(timeout=5), it.next(5))
try:
    pool.join()
except ValueError as e:
    print(e)
try:
    list(pool.imap(fail, range(2), chunksize=0))
except ValueError as e:
    print(e)
try:
    list(pool.imap_unordered(fail, range(2), chunksize=-1))
except ValueError as e:
    print(e)


def broken():
    yield 1
    raise KeyError("gen")


print(list(pool.imap(fail, broken()))[:0] if False else "")
try:
    list(pool.imap(fail, broken()))
except KeyError as e:
    print("iterable:", repr(e))
pool.close()
for call in (lambda: pool.map(fail, [1]), lambda: pool.apply_async(fail, (1,)),
             lambda: pool.imap(fail, [1]), lambda: pool.__enter__()):
    try:
        call()
    except ValueError as e:
        print(e)
pool.join()
for bad in (0, -2):
    try:
        Pool(bad)
    except ValueError as e:
        print(e)
try:
    Pool(2, initializer=3)
except TypeError as e:
    print(e)
with Pool(2) as p:
    p.map(fail, range(10))
