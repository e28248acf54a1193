# A lock released by the body of its own with statement: the exit's
# RuntimeError is raised at the with statement, as in CPython.
import threading
import traceback

lock = threading.Lock()
rlock = threading.RLock()


def release_inside(lk):
    with lk:
        lk.release()
    print("not reached")


for lk in (lock, rlock):
    try:
        release_inside(lk)
    except RuntimeError as e:
        print(type(e).__name__, e)
        print(traceback.format_exc().splitlines()[-2].strip())
    print("locked after:", lk.locked() if lk is lock else "n/a")

with lock:
    pass
print("still usable:", lock.acquire(blocking=False))
lock.release()
