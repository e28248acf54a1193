"""Old-school notes "the _thread module": start_new_thread with a lock per
worker, allocate_lock/LockType, acquire(blocking, timeout) results,
locked(), stack_size, interrupt_main from a worker (KeyboardInterrupt in the
main thread), _thread.error being RuntimeError, and TIMEOUT_MAX.
"""
import _thread
import threading
import time

print("error is RuntimeError:", _thread.error is RuntimeError)
print("LockType:", _thread.LockType is type(_thread.allocate_lock()), type(threading.Lock()) is _thread.LockType)
print("stack_size default:", _thread.stack_size(), threading.stack_size())

done_locks = []
results = {}


def worker(n, lock):
    results[n] = sum(range(n * 1000))
    lock.release()


for n in range(1, 4):
    lk = _thread.allocate_lock()
    lk.acquire()
    done_locks.append(lk)
    ident = _thread.start_new_thread(worker, (n, lk))
    assert isinstance(ident, int)
for lk in done_locks:
    lk.acquire()
print("results:", [results[n] for n in sorted(results)])

lock = _thread.allocate_lock()
print("acquire:", lock.acquire(), "locked:", lock.locked())
print("non-blocking:", lock.acquire(False), "| blocking=False kw:", lock.acquire(blocking=False))
print("timeout:", lock.acquire(timeout=0.01))
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print("acquire_lock alias:", lock.acquire_lock(), lock.locked())
lock.release_lock()
with lock:
    print("with-statement locked:", lock.locked())
print("after with:", lock.locked())

ready = threading.Event()


def interrupter():
    ready.wait()
    _thread.interrupt_main()


threading.Thread(target=interrupter, name="interrupter").start()
try:
    ready.set()
    while True:
        time.sleep(0.005)
except KeyboardInterrupt as e:
    print("main got KeyboardInterrupt:", repr(e))

try:
    threading.stack_size(1)
except ValueError as e:
    print("ValueError:", e)
print("TIMEOUT_MAX same:", _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
print("count:", _thread._count() if hasattr(_thread, "_count") else "n/a")


def raiser():
    raise SystemExit


_thread.start_new_thread(raiser, ())
time.sleep(0.05)
print("SystemExit in a _thread thread is silent")
