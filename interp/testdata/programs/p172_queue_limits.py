"""queue.Queue limits from a course's exercise sheet: a bounded queue
refuses put(block=False) with queue.Full, get(timeout=...) gives up with
queue.Empty, put_nowait/get_nowait, full()/empty()/qsize(), maxsize <= 0
meaning unbounded, and what Python 3.11's Queue does NOT have yet
(shutdown() arrives in 3.13).
"""
import queue
import sys
import threading
import time

q = queue.Queue(maxsize=3)
print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full())
for item in ("a", "b", "c", "d"):
    try:
        q.put(item, block=False)
        print(f"put {item!r}: qsize={q.qsize()} full={q.full()}")
    except queue.Full as exc:
        print(f"put {item!r}: queue.Full {exc!r} (args={exc.args})")
try:
    q.put_nowait("e")
except queue.Full:
    print("put_nowait: Full")
t0 = time.monotonic()
try:
    q.put("f", timeout=0.02)
except queue.Full:
    print("put(timeout=0.02): Full after waiting:", time.monotonic() - t0 >= 0.015)
print("drained:", [q.get_nowait() for _ in range(q.qsize())])
try:
    q.get_nowait()
except queue.Empty as exc:
    print("get_nowait: Empty", repr(exc), isinstance(exc, Exception))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("get(timeout=0.01): Empty")
try:
    q.get(True, -1)
except ValueError as exc:
    print("negative timeout:", exc)
try:
    q.get(block=False, timeout=-1)
except queue.Empty:
    print("non-blocking ignores the timeout: Empty")

print("Python", sys.version_info[:2] >= (3, 11))
try:
    q.shutdown()
except AttributeError as exc:
    print("AttributeError:", exc)
print("has shutdown:", hasattr(queue.Queue, "shutdown"), "ShutDown in queue:", hasattr(queue, "ShutDown"))

for size in (0, -5):
    u = queue.Queue(size)
    for i in range(1000):
        u.put_nowait(i)
    print(f"maxsize={size}: qsize={u.qsize()} full={u.full()}")

# A producer blocked on a full queue is released by a consumer
bounded = queue.Queue(maxsize=2)
events = []
lock = threading.Lock()


def producer():
    for i in range(6):
        bounded.put(i)
        with lock:
            events.append(("put", i))
    bounded.put(None)


def consumer():
    while True:
        item = bounded.get()
        if item is None:
            break
        with lock:
            events.append(("got", item))
        time.sleep(0.001)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
got = [i for kind, i in events if kind == "got"]
put = [i for kind, i in events if kind == "put"]
print("got in order:", got, "| all put:", put)
print("never more than 2 ahead:",
      all(sum(1 for k, _ in events[:n] if k == "put") - sum(1 for k, _ in events[:n] if k == "got") <= 3
          for n in range(len(events) + 1)))

# Other queue types share the limits
for cls in (queue.LifoQueue, queue.PriorityQueue):
    lq = cls(2)
    lq.put(5)
    lq.put(1)
    try:
        lq.put(3, False)
    except queue.Full:
        print(cls.__name__, "Full; order out:", [lq.get(), lq.get()])
sq = queue.SimpleQueue()
sq.put(1, block=False, timeout=99)
print("SimpleQueue put ignores block/timeout:", sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue get(timeout): Empty")
print(queue.Full.__mro__[1:], queue.Empty.__module__)
