# _thread: start_new_thread, allocate_lock and LockType, get_ident,
# TIMEOUT_MAX, error, RLock's private methods that Condition uses.
import _thread
import threading
import time

done = _thread.allocate_lock()
done.acquire()
out = []


def worker(a, b=0):
    out.append((a, b, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1,), {"b": 2})
done.acquire()
print(out, isinstance(ident, int), type(done) is _thread.LockType)
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.error is RuntimeError)
for args in [(worker, [1]), (worker, (1,), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(e)
r = _thread.RLock()
r.acquire()
r.acquire()
print(r._recursion_count(), r._is_owned())
state = r._release_save()
print(state[0], r._recursion_count(), r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
try:
    r._release_save()
except RuntimeError as e:
    print(e)
