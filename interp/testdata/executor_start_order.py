# ThreadPoolExecutor.submit starts a worker while it has fewer than
# max_workers, and Thread.start lets the worker run first: it runs the
# initializer, takes the task and runs it until it blocks, so the future
# is running when submit returns. (Expected output: python3 with stdout
# block-buffered, PYTHONUNBUFFERED unset.)
import concurrent.futures as cf
import threading
import time


def init(tag):
    print("init", tag, threading.current_thread().name)


def task(n):
    who = threading.current_thread().name if n < 3 else "a free worker"
    print("task", n, who)
    time.sleep(0.05)
    return n * 2


with cf.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("x",)) as ex:
    f1 = ex.submit(task, 1)
    print("after submit 1", f1.running(), f1.done())
    f2 = ex.submit(task, 2)
    print("after submit 2", f2.running())
    f3 = ex.submit(task, 3)
    print("after submit 3", f3.running())
    print([f.result() for f in (f1, f2, f3)])
    print(f3.running(), f3.done())

ex = cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="Пул")
first = ex.submit(lambda: threading.current_thread().name)
print("first task ran in", first.result())
print(sorted(ex.map(lambda i: i * i, range(5))))
ex.shutdown()
print("threads left:", threading.active_count())
