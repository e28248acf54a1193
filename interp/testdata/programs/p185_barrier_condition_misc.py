"""Lab sheet "synchronisation primitives, part 2": Barrier.parties,
n_waiting and broken watched from the main thread, abort()/reset(),
Condition.notify_all() with waiters woken in a fixed order by taking
turns, perf_counter_ns() deltas, stack_size(), settrace/setprofile
hooks stored and read back, and get_native_id().
"""
import threading
import time

barrier = threading.Barrier(3, action=lambda: print("action runs once, in one thread"))
print("parties:", barrier.parties, "n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
arrived = []


def runner(name):
    idx = barrier.wait()
    arrived.append((name, idx in (0, 1, 2)))


ts = [threading.Thread(target=runner, args=(f"r{i}",)) for i in range(2)]
for t in ts:
    t.start()
while barrier.n_waiting < 2:
    time.sleep(0.001)
print("two waiting:", barrier.n_waiting)
runner("main")
for t in ts:
    t.join()
print("after pass:", barrier.n_waiting, barrier.broken, sorted(arrived))

b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("timeout breaks it:", type(e).__name__, type(e).__mro__[1].__name__, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken on next wait")
b2.reset()
print("after reset:", b2.broken, b2.n_waiting)
b3 = threading.Barrier(2)
errs = []


def b3_wait():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errs.append("aborted")


w = threading.Thread(target=b3_wait)
w.start()
while b3.n_waiting == 0:
    time.sleep(0.001)
b3.abort()
w.join()
print("abort wakes waiters:", errs, b3.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("Barrier(0):", e)

cond = threading.Condition()
turn = [0]
order = []


def waiter(k):
    with cond:
        cond.wait_for(lambda: turn[0] == k)
        order.append(k)
        turn[0] += 1
        cond.notify_all()


ws = [threading.Thread(target=waiter, args=(k,)) for k in (3, 1, 2)]
for t in ws:
    t.start()
with cond:
    turn[0] = 1
    cond.notify_all()
for t in ws:
    t.join()
print("woken in turn order:", order)

with cond:
    print("notify with no waiters:", cond.notify(), cond.notify_all(), cond.notify(5))
print("wait_for timeout false:", cond.acquire() and cond.wait_for(lambda: False, timeout=0.005))
cond.release()
print("Condition over an RLock by default:", type(cond._lock).__name__ if hasattr(cond, "_lock") else "?")

t0 = time.perf_counter_ns()
time.sleep(0.002)
dt = time.perf_counter_ns() - t0
print("perf_counter_ns int:", type(t0).__name__, dt >= 2_000_000, dt < 10**9)
print("monotonic_ns >= 0:", time.monotonic_ns() > 0, type(time.time_ns()).__name__)

print("stack_size default:", threading.stack_size())
print("native id is int:", type(threading.get_native_id()).__name__,
      threading.get_native_id() == threading.main_thread().native_id)


def tracer(frame, event, arg):
    return tracer


def profiler(frame, event, arg):
    pass


print("gettrace before:", threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(profiler)
print("gettrace after:", threading.gettrace() is tracer, threading.getprofile() is profiler)
threading.settrace(None)
threading.setprofile(None)
print("cleared:", threading.gettrace(), threading.getprofile())
