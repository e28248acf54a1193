"""Old tutorials (tutorialspoint / early GeeksforGeeks) start with the
low-level _thread module: start_new_thread with a tuple of args,
allocate_lock(), a busy-wait on a counter; then the same with threading
and its camelCase aliases (currentThread, activeCount, isSet,
notifyAll), each of which warns DeprecationWarning once per line.
"""
import _thread
import threading
import time

print_lock = _thread.allocate_lock()
finished = []


def print_time(thread_name, delay, count=3):
    stamps = []
    for i in range(count):
        time.sleep(delay)
        stamps.append(i)
    with print_lock:
        finished.append((thread_name, stamps, threading.current_thread().name.startswith("Dummy")))


ident1 = _thread.start_new_thread(print_time, ("Thread-1", 0.001))
ident2 = _thread.start_new_thread(print_time, ("Thread-2", 0.002), {"count": 2})
print("idents are ints:", type(ident1).__name__, ident1 != ident2)
while len(finished) < 2:
    time.sleep(0.001)
for row in sorted(finished):
    print(row)
print("lock type:", type(print_lock).__name__, _thread.LockType is type(print_lock))
print("acquire/release:", print_lock.acquire(), print_lock.locked(), print_lock.release(), print_lock.locked())
print("acquire_lock alias:", print_lock.acquire_lock(), print_lock.locked_lock())
print_lock.release_lock()
try:
    print_lock.release()
except RuntimeError as exc:
    print("release unlocked:", type(exc).__name__, exc, _thread.error is RuntimeError)
print("get_ident matches:", _thread.get_ident() == threading.get_ident())
print("stack_size:", _thread.stack_size())

errors = []
threading.excepthook = lambda a: errors.append((a.exc_type.__name__, str(a.exc_value)))


class Fails:
    def __init__(self):
        self.done = threading.Event()

    def __call__(self):
        try:
            raise ArithmeticError("from a _thread thread")
        finally:
            self.done.set()

    def __repr__(self):
        return "<Fails job>"


job = Fails()
_thread.start_new_thread(job, ())
job.done.wait()
while _thread._count():     # the report is written before the thread ends
    time.sleep(0.001)
print("threading.excepthook not used by _thread:", errors)
threading.excepthook = threading.__excepthook__
try:
    _thread.start_new_thread(print_time, "not a tuple")
except TypeError as exc:
    print("TypeError:", exc)
try:
    _thread.start_new_thread(print_time, ("x", 0), [])
except TypeError as exc:
    print("TypeError:", exc)

print("currentThread:", threading.currentThread().name)
print("activeCount counts the dummies:", threading.activeCount() >= 3)
ev = threading.Event()
print("isSet:", ev.isSet())
cond = threading.Condition()
woke = []


def sleeper():
    with cond:
        woke.append("waiting")
        cond.wait()
        woke.append("woken")


s = threading.Thread(target=sleeper)
s.start()
while not woke:
    time.sleep(0.001)
with cond:
    cond.notifyAll()
s.join()
print("notifyAll woke:", woke)
for _ in range(2):
    print("same line twice warns once:", threading.activeCount() > 0)
t = threading.Thread(target=print, args=("hi from", "Thread"))
t.setName("Renamed")
t.setDaemon(True)
print(t.getName(), t.isDaemon())
t.start()
t.join()
print("done; is_alive:", t.is_alive())
