import threading, _thread, time
m = threading.Lock(); m.acquire()
seen = []
def f(x):
    seen.append(x)
    t = threading.current_thread()
    seen.append((type(t).__name__, t.name, t.daemon, t.is_alive(), t.ident == threading.get_ident()))
    m.release()
tid = _thread.start_new_thread(f, (1,))
m.acquire()
time.sleep(0.05)
print(seen)
print(tid in threading._active, type(threading._active[tid]).__name__, isinstance(threading._active[tid], threading._DummyThread))
print(threading._active[tid].is_alive(), '_DummyThread' in repr(threading._active[tid]))
print(len(threading.enumerate()), threading.active_count(), _thread._count())
del threading._active[tid]
print(tid in threading._active, len(threading.enumerate()))
done = threading.Event()
def g(): done.wait()
tid2 = _thread.start_new_thread(g, ())
print(len(threading.enumerate()), tid2 in threading._active)
done.set(); time.sleep(0.05)
print(_thread._count(), threading._active[threading.get_ident()] is threading.main_thread())
try:
    del threading._active[12345]
except KeyError as e:
    print("KeyError", e)
for bad in [(1, ()), (f, [1]), (f, (1,), 3)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)
