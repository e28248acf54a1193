"""concurrent.futures.Future used by hand, as a blog post on "promises in
Python" does: set_result / set_exception from a worker thread, the
InvalidStateError of a second result, callbacks, wait() with a timeout
whose done / not_done sets are printed as sorted lists, and submit()
after shutdown(). Reprs have their addresses masked with re.sub.
"""
import concurrent.futures as cf
import re
import threading
import time


def r(fut):
    return re.sub(r"0x[0-9a-fA-F]+", "0x...", repr(fut))


f = cf.Future()
print(r(f), f.done(), f.running(), f.cancelled())
print("set_running_or_notify_cancel:", f.set_running_or_notify_cancel(), r(f))
print("cancel while running:", f.cancel(), r(f))


def fulfil(fut, value, delay):
    time.sleep(delay)
    if isinstance(value, BaseException):
        fut.set_exception(value)
    else:
        fut.set_result(value)


threading.Thread(target=fulfil, args=(f, {"answer": 42}, 0.01)).start()
print("result:", f.result(timeout=5), r(f))
for setter, arg in ((f.set_result, 1), (f.set_exception, KeyError("k"))):
    try:
        setter(arg)
    except cf.InvalidStateError as exc:
        print(f"{setter.__name__} twice:", re.sub(r"0x[0-9a-fA-F]+", "0x...", str(exc)))

g = cf.Future()
threading.Thread(target=fulfil, args=(g, ZeroDivisionError("division by zero"), 0.01)).start()
try:
    g.result()
except ZeroDivisionError as exc:
    print("result raised:", repr(exc), "| exception():", repr(g.exception()), r(g))

c = cf.Future()
print("cancel pending:", c.cancel(), c.cancel(), r(c))
try:
    c.result()
except cf.CancelledError as exc:
    print("CancelledError", repr(exc))
try:
    c.set_result(1)
except cf.InvalidStateError as exc:
    print("set on cancelled:", re.sub(r"0x[0-9a-fA-F]+", "0x...", str(exc)))

log = []
h = cf.Future()
h.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
h.set_result("early")
h.add_done_callback(lambda fut: log.append(("cb2 runs at once", fut.result())))
print(log)

# wait() with a timeout
gates = {name: threading.Event() for name in ("slow", "slower")}


def job(name, value):
    if name in gates:
        gates[name].wait()
    return value


with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="hand") as pool:
    futures = {pool.submit(job, name, i): name for i, name in enumerate(["quick", "slow", "fast", "slower"])}
    cf.wait([x for x, name in futures.items() if name not in gates])   # the free ones first
    done, not_done = cf.wait(futures, timeout=0.01)
    print("done:", sorted(futures[x] for x in done), "| not_done:", sorted(futures[x] for x in not_done))
    print("types:", type(done).__name__, type(not_done).__name__, type(cf.wait(futures, 0)).__name__)
    print("pending repr:", sorted({r(x) for x in not_done}))
    for ev in gates.values():
        ev.set()
    done, not_done = cf.wait(futures, return_when=cf.ALL_COMPLETED)
    print("finally:", sorted(x.result() for x in done), len(not_done), sorted({r(x) for x in done}))

try:
    pool.submit(job, "late", 0)
except RuntimeError as exc:
    print("submit after shutdown:", exc)
try:
    pool.map(abs, [1])
except RuntimeError as exc:
    print("map after shutdown:", exc)
pool.shutdown()
print("shutdown twice is fine")
ex = cf.ThreadPoolExecutor(max_workers=1)
ok = ex.submit(lambda: "x")
bad = ex.submit(lambda: 1 / 0)
ex.shutdown(wait=True)
print(r(ok), r(bad), repr(bad.exception()))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as exc:
    print("max_workers=0:", exc)
