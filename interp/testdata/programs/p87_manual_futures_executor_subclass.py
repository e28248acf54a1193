"""Futures created by hand, an Executor subclass, and futures bridging threads."""
import concurrent.futures as cf
import threading
import time


class InlineExecutor(cf.Executor):
    """Runs every call at submit time: handy in tests."""

    def __init__(self):
        self.calls = 0

    def submit(self, fn, /, *args, **kwargs):
        self.calls += 1
        f = cf.Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as e:
            f.set_exception(e)
        return f


with InlineExecutor() as ex:
    f = ex.submit(divmod, 17, 5)
    print('inline result:', f.result(), f.done())
    bad = ex.submit(int, 'xyz')
    print('inline exception:', type(bad.exception()).__name__, bad.exception())
    print('inline map:', list(ex.map(str.upper, ['a', 'b'])), 'calls:', ex.calls)


def deliver(fut, value, delay):
    time.sleep(delay)
    if isinstance(value, Exception):
        fut.set_exception(value)
    else:
        fut.set_result(value)


futs = [cf.Future() for _ in range(3)]
threads = [threading.Thread(target=deliver, args=(futs[0], 'first', 0.01)),
           threading.Thread(target=deliver, args=(futs[1], KeyError('k'), 0.02)),
           threading.Thread(target=deliver, args=(futs[2], [1, 2], 0.0))]
for t in threads:
    t.start()
print('waiting on hand-made futures:')
print(' ', futs[0].result(timeout=5))
print(' ', repr(futs[1].exception(timeout=5)))
print(' ', futs[2].result())
for t in threads:
    t.join()

f = cf.Future()
print('running before:', f.running(), f.set_running_or_notify_cancel(), 'running after:', f.running())
print('cancel while running:', f.cancel())
f.set_result(None)
print('done:', f.done(), f.result())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError:', type(e).__name__)
try:
    f.set_exception(ValueError())
except cf.InvalidStateError:
    print('InvalidStateError again')
print(issubclass(cf.InvalidStateError, cf._base.Error) if hasattr(cf, '_base') else True)

order = []
head = cf.Future()


def chain(prev, label):
    nxt = cf.Future()

    def cb(p):
        order.append(label)
        nxt.set_result(p.result() + [label])
    prev.add_done_callback(cb)
    return nxt


tail = chain(chain(chain(head, 'a'), 'b'), 'c')
threading.Thread(target=head.set_result, args=([],)).start()
print('chained:', tail.result(timeout=5), order)

with cf.ThreadPoolExecutor(max_workers=2) as pool:
    outer = pool.submit(lambda: pool.submit(pow, 2, 16))
    inner = outer.result()
    print('future of a future:', isinstance(inner, cf.Future), inner.result())
