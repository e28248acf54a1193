# A with body that releases its own lock and then leaves by return,
# break, continue or an exception: the exit's RuntimeError is raised at
# the with statement (with the body's exception as its context).
import threading
import traceback

lock = threading.Lock()


class Holder:
    def __init__(self):
        self.cond = threading.Condition()


def leave_by_return(lk):
    with lk:
        lk.release()
        return "returned"


def report(what, fn):
    try:
        print(what, fn())
    except RuntimeError as e:
        print(what, type(e).__name__, e, repr(e.__context__))
        lines = [ln.strip() for ln in traceback.format_exc().splitlines()]
        print("  at", [ln for ln in lines if ln.startswith("with ")][-1])


report("return", lambda: leave_by_return(lock))
report("return rlock", lambda: leave_by_return(threading.RLock()))


def leave_by_break():
    for i in range(3):
        with lock:
            lock.release()
            break
    return i


def leave_by_continue():
    n = 0
    for i in range(3):
        with lock:
            lock.release()
            continue
        n += 1
    return n


def leave_by_raise():
    with lock:
        lock.release()
        raise ValueError("body")


def leave_attr():
    h = Holder()
    with h.cond:
        h.cond.release()
        return "cond"


report("break", leave_by_break)
report("continue", leave_by_continue)
report("raise", leave_by_raise)
report("attr", leave_attr)
print("locked:", lock.locked())
with lock:
    pass
print("usable:", lock.acquire(blocking=False))
lock.release()


def main():
    with lock:
        lock.release()
        return 1


main()
