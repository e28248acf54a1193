# sys.exc_info() in an except block, in the main thread and in workers.
import sys
import threading

print(sys.exc_info())


class TaskError(Exception):
    pass


results = {}
lock = threading.Lock()


def task(n):
    try:
        if n % 2:
            raise TaskError(f"task {n} failed")
        {}["missing"]
    except Exception:
        etype, value, tb = sys.exc_info()
        with lock:
            results[n] = (etype.__name__, str(value), tb is not None, isinstance(value, TaskError))
    with lock:
        results[n] += (sys.exc_info() == (None, None, None),)


ts = [threading.Thread(target=task, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for n in sorted(results):
    print(n, results[n])
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[:2])
    print(sys.exc_info()[:2])
print(sys.exc_info())
