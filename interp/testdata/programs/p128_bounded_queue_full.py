"""queue.Queue(maxsize) with put(timeout=...) and queue.Full, get_nowait and Empty."""
import queue
import threading
import time

q = queue.Queue(maxsize=3)
print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full())
for i in range(3):
    q.put(i)
print("qsize:", q.qsize(), "full:", q.full())
try:
    q.put(99, timeout=0.05)
except queue.Full as e:
    print("Full after timeout:", type(e).__name__, repr(e))
try:
    q.put_nowait(100)
except queue.Full:
    print("Full on put_nowait")
print("drain:", [q.get_nowait() for _ in range(3)])
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("Empty after timeout")
try:
    q.put(1, block=True, timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# producer faster than consumer; producer retries on Full and counts drops
buf = queue.Queue(maxsize=2)
drops = []
produced = []
consumed = []


def producer():
    for n in range(8):
        try:
            buf.put(n, timeout=0.2)
            produced.append(n)
        except queue.Full:
            drops.append(n)
    buf.put(None)


def consumer():
    while True:
        item = buf.get()
        if item is None:
            buf.task_done()
            break
        time.sleep(0.005)
        consumed.append(item * 10)
        buf.task_done()


pt = threading.Thread(target=producer, name="producer")
ct = threading.Thread(target=consumer, name="consumer")
ct.start(); pt.start()
pt.join(); ct.join()
buf.join()
print("produced:", produced)
print("consumed:", consumed)
print("drops:", drops)

# a consumer that stalls: producer sees Full and gives up deterministically
stall = queue.Queue(maxsize=1)
stall.put("occupied")
result = {}


def impatient():
    start = time.monotonic()
    try:
        stall.put("new", timeout=0.1)
        result["outcome"] = "put"
    except queue.Full:
        result["outcome"] = "gave up"
    result["waited"] = time.monotonic() - start >= 0.09


t = threading.Thread(target=impatient)
t.start(); t.join()
print(result)

# unblock a waiting putter
waiting = queue.Queue(maxsize=1)
waiting.put("x")
done = threading.Event()


def putter():
    waiting.put("y", timeout=2)
    done.set()


t = threading.Thread(target=putter)
t.start()
time.sleep(0.05)
print("putter done before get:", done.is_set())
print("got:", waiting.get())
t.join()
print("putter done after get:", done.is_set(), "now holds:", waiting.get_nowait())
print("unfinished tasks:", waiting.unfinished_tasks)
for _ in range(2):
    waiting.task_done()
try:
    waiting.task_done()
except ValueError as e:
    print("ValueError:", e)
