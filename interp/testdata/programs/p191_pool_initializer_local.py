"""W3Schools-style executor page, extended by a course: an initializer
that fills a threading.local per worker (a fake DB connection), worker
names from thread_name_prefix, add_done_callback printing in a fixed
order, and the executor's threads gone from enumerate() after the with.
"""
import threading
from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED

local = threading.local()
opened = []
opened_lock = threading.Lock()


def init_worker(db_name):
    local.conn = f"conn<{db_name}>"
    with opened_lock:
        opened.append(threading.current_thread().name)


def query(n):
    return n, local.conn, threading.current_thread().name.rsplit("_", 1)[0]


done_log = []


def on_done(fut):
    n, conn, prefix = fut.result()
    done_log.append(f"query {n} via {conn} on {prefix}")


before = threading.active_count()
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="db", initializer=init_worker,
                        initargs=("shop",)) as pool:
    futs = [pool.submit(query, n) for n in range(5)]
    for f in futs:
        f.add_done_callback(on_done)
    res = wait(futs, return_when=ALL_COMPLETED)
    print("done:", len(res.done), "not done:", len(res.not_done))
    print("during: pool threads are named db_N:",
          all(t.name.startswith("db_") for t in threading.enumerate() if t is not threading.main_thread()))
print("results:", [f.result()[:2] for f in futs])
print("callbacks:", sorted(done_log))
print("each worker ran the initializer once:", len(opened) == len(set(opened)), 1 <= len(opened) <= 2)
print("main has no conn:", hasattr(local, "conn"))
print("threads after with:", threading.active_count() == before, [t.name for t in threading.enumerate()])

late = []
f = futs[0]
f.add_done_callback(lambda fut: late.append(("late callback runs at once", fut.done())))
print(late)


with ThreadPoolExecutor(max_workers=1) as pool:
    g = pool.submit(pow, 3, 4)
    g.result()
print("result unaffected:", g.result())
