# A future cancelled with cancel() is done() at once, but wait() and
# as_completed() count it only once set_running_or_notify_cancel saw it
# (CPython's CANCELLED versus CANCELLED_AND_NOTIFIED).
import concurrent.futures as cf
import threading

f = cf.Future()
seen = []
f.add_done_callback(lambda fut: seen.append(fut.cancelled()))
print(f.cancel(), f.done(), f.cancelled(), seen)
print('wait before notify:', [len(s) for s in cf.wait([f], timeout=0)])
try:
    list(cf.as_completed([f], timeout=0))
except cf.TimeoutError:
    print('as_completed before notify: TimeoutError')
print('notify:', f.set_running_or_notify_cancel())
print('wait after notify:', [len(s) for s in cf.wait([f], timeout=0)])
print('as_completed after notify:', [x is f for x in cf.as_completed([f], timeout=0)])

g = cf.Future()
g.cancel()
woke = []
t = threading.Thread(target=lambda: woke.append([len(s) for s in cf.wait([g], timeout=5)]))
t.start()
while not t.is_alive():
    pass
g.set_running_or_notify_cancel()
t.join()
print('a waiting wait() wakes on notify:', woke)

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(gate.wait, 5)
    queued = ex.submit(pow, 2, 10)
    print('cancel queued:', queued.cancel())
    gate.set()
done, not_done = cf.wait([first, queued], timeout=5)
print('after the worker reached it:', len(done), len(not_done), queued.cancelled())
