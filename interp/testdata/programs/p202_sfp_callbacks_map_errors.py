"""superfastpython-style recipes: done callbacks, map errors, as_completed timeout."""
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError, Future
from concurrent import futures

events = []
lock = threading.Lock()


def note(msg):
    with lock:
        events.append(msg)


def square(x):
    if x == 4:
        raise ValueError(f"bad value {x}")
    return x * x


def on_done(fut: Future):
    who = threading.current_thread().name
    who = "main" if who == "MainThread" else "worker"
    if fut.cancelled():
        note(f"cb[{who}] cancelled")
    elif (exc := fut.exception()) is not None:
        note(f"cb[{who}] error {exc}")
    else:
        note(f"cb[{who}] result {fut.result()}")


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="sq") as ex:
    fs = [ex.submit(square, i) for i in range(1, 6)]
    for f in fs:
        f.result() if f.exception() is None else None
    for f in fs:
        f.add_done_callback(on_done)  # already done: runs now, in main

print("\n".join(events))

# map: the error surfaces when its result is reached
with ThreadPoolExecutor(2) as ex:
    it = ex.map(square, [1, 2, 3, 4, 5])
    got = []
    try:
        for r in it:
            got.append(r)
    except ValueError as e:
        print("map stopped at", got, "with", repr(e))

# as_completed with a timeout on a future that never finishes
never = Future()
quick = Future()
quick.set_result("fast")
try:
    for f in as_completed([quick, never], timeout=0.05):
        print("completed:", f.result())
except TimeoutError as e:
    print("TimeoutError:", e)
print(futures.TimeoutError is TimeoutError, issubclass(TimeoutError, OSError))

# result(timeout=...) on a pending future
try:
    never.result(timeout=0.01)
except TimeoutError as e:
    print("result timeout:", repr(e))
print(never.running(), never.done(), never.cancel(), never.cancelled(), never.done())
try:
    never.result()
except futures.CancelledError as e:
    print("cancelled:", type(e).__name__, repr(str(e)))

# set_running_or_notify_cancel protocol by hand
f = Future()
print(f.set_running_or_notify_cancel(), f.running())
f.set_exception(KeyError("k"))
print(repr(f.exception()), f.done())
try:
    f.set_result(1)
except futures.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(" at ")[0], str(e).split("state=")[1])

# a callback that raises is logged on "concurrent.futures" and ignored
import logging, sys


class ShortFormatter(logging.Formatter):
    def formatException(self, ei):
        return f"  -> {ei[0].__name__}: {ei[1]}"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(ShortFormatter("%(levelname)s %(name)s: %(msg)s"))
logging.getLogger("concurrent.futures").addHandler(handler)

def broken_cb(fut):
    raise RuntimeError("callback failed")

g = Future()
g.add_done_callback(broken_cb)
g.add_done_callback(lambda fut: print("second callback still runs:", fut.result()))
g.set_result(42)

# worker names
names = set()
with ThreadPoolExecutor(3, thread_name_prefix="job") as ex:
    barrier = threading.Barrier(3)
    def who(_):
        barrier.wait()
        return threading.current_thread().name
    names = sorted(ex.map(who, range(3)))
print(names)
