# A timeout past threading.TIMEOUT_MAX raises OverflowError once the
# thread has to wait (not when it can return at once), and
# TIMEOUT_MAX itself still waits.
import concurrent.futures as cf
import queue
import threading

M = threading.TIMEOUT_MAX
e = threading.Event()
threading.Timer(0.02, e.set).start()
print("wait TIMEOUT_MAX:", e.wait(M))
print("set event, huge timeout:", e.wait(1e300))
try:
    threading.Event().wait(M * 2)
except OverflowError as x:
    print("unset event:", x)

q = queue.Queue()
q.put(1)
print("ready queue:", q.get(timeout=1e300))
for t in (1e300, 10**12, M + 1):
    try:
        q.get(timeout=t)
    except OverflowError as x:
        print("empty queue", type(t).__name__, x)

f = cf.Future()
for call in (lambda: f.result(timeout=1e300), lambda: cf.wait([f], timeout=1e300)):
    try:
        call()
    except OverflowError as x:
        print("future:", x)
f.set_result(3)
print("done future:", f.result(timeout=1e300))

c = threading.Condition()
with c:
    for call in (lambda: c.wait(1e300), lambda: c.wait_for(lambda: False, 1e300)):
        try:
            call()
        except OverflowError as x:
            print("condition:", x, "| lock still held:", c._is_owned())
    print("true predicate:", c.wait_for(lambda: 5, 1e300))

s = threading.Semaphore(0)
try:
    s.acquire(timeout=1e300)
except OverflowError as x:
    print("semaphore:", x)
s.release()
print("free semaphore:", s.acquire(timeout=1e300))

b = threading.Barrier(2, timeout=1e300)
try:
    b.wait()
except OverflowError as x:
    print("barrier:", x, b.broken, b.n_waiting)

gate = threading.Event()
t = threading.Thread(target=gate.wait)
t.start()
try:
    t.join(1e300)
except OverflowError as x:
    print("join live thread:", x)
gate.set()
t.join(M)
print("joined:", t.is_alive())
