# A thread that threading did not start: current_thread() is a dummy.
import threading
import _testcapi

seen = []


def callback():
    t = threading.current_thread()
    seen.append((type(t).__name__, t is threading.main_thread(), t.daemon))


print(_testcapi.call_in_temporary_c_thread(callback))
print(seen)

# wait=True returns only after the callback finished.
order = []
_testcapi.call_in_temporary_c_thread(lambda: order.append("callback"), True)
order.append("after")
print(order)

# wait=False returns once the thread started; join waits for the end.
gate = threading.Event()
out = []


def slow():
    gate.wait()
    out.append("done")


print(_testcapi.call_in_temporary_c_thread(slow, False))
print(out)
gate.set()
print(_testcapi.join_temporary_c_thread())
print(out)

# The main thread's locals are not the temporary thread's.
loc = threading.local()
loc.x = "main"


def look():
    out.append(hasattr(loc, "x"))
    loc.x = "c thread"


_testcapi.call_in_temporary_c_thread(look)
print(out[-1], loc.x)

# threading.local objects made meanwhile (CPython's gh-100892).
_testcapi.call_in_temporary_c_thread(lambda: None, False)
for _ in range(1000):
    _ = threading.local()
_testcapi.join_temporary_c_thread()
print("locals ok")

# The thread is gone afterwards.
print(len([t for t in threading.enumerate() if t is not threading.main_thread() and type(t).__name__ != "_DummyThread"]))

