# Thread._tstate_lock: None before start, held while the thread runs,
# free when it ends; is_alive() stays True while someone holds it.
import threading, _thread, time
started = _thread.allocate_lock(); finish = _thread.allocate_lock()
started.acquire(); finish.acquire()
def f():
    started.release()
    finish.acquire()
t = threading.Thread(target=f)
print(t._tstate_lock)
t.start()
started.acquire()
lk = t._tstate_lock
print(t.is_alive(), lk.locked(), lk.acquire(timeout=0))
finish.release()
print(lk.acquire(timeout=5), t.is_alive())
lk.release()
print(t.is_alive(), t._tstate_lock)
t.join()
print(t.is_alive(), t._tstate_lock)
