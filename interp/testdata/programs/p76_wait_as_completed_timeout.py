"""wait() with FIRST_EXCEPTION and FIRST_COMPLETED, as_completed(timeout=) raising TimeoutError."""
import concurrent.futures as cf
import threading
import time

release = threading.Event()


def task(name, delay, fail=False, gated=False):
    if gated:
        release.wait(5)
    time.sleep(delay)
    if fail:
        raise LookupError(f'{name}: not found')
    return name.upper()


def describe(futures, labels):
    return sorted(labels[f] for f in futures)


with cf.ThreadPoolExecutor(max_workers=4) as pool:
    labels = {}
    for name, delay, fail, gated in [('alpha', 0.0, False, False), ('beta', 0.01, True, False),
                                      ('gamma', 0.0, False, True), ('delta', 0.0, False, True)]:
        labels[pool.submit(task, name, delay, fail, gated)] = name
    done, not_done = cf.wait(labels, return_when=cf.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION done:', describe(done, labels), 'not done:', describe(not_done, labels))
    for f in done:
        if f.exception():
            print('  exception:', type(f.exception()).__name__, f.exception())
    release.set()
    done, not_done = cf.wait(labels, timeout=5)
    print('all done now:', len(done), len(not_done))
    print(sorted(f.result() for f in done if not f.exception()))

release.clear()
with cf.ThreadPoolExecutor(max_workers=3) as pool:
    slow = [pool.submit(task, f's{i}', 0.0, False, True) for i in range(2)]
    fast = pool.submit(task, 'quick', 0.0)
    done, not_done = cf.wait(slow + [fast], return_when=cf.FIRST_COMPLETED)
    print('FIRST_COMPLETED:', [f.result() for f in done], 'pending:', len(not_done))
    got = []
    try:
        for f in cf.as_completed(slow + [fast], timeout=0.05):
            got.append(f.result())
    except cf.TimeoutError as e:
        print('as_completed timed out after', got, '->', e)
    print('TimeoutError is builtin TimeoutError:', cf.TimeoutError is TimeoutError)
    try:
        slow[0].result(timeout=0.01)
    except TimeoutError:
        print('result(timeout=0.01) -> TimeoutError')
    try:
        slow[1].exception(timeout=0.01)
    except cf.TimeoutError:
        print('exception(timeout=0.01) -> TimeoutError')
    release.set()
    print('now:', sorted(f.result() for f in cf.as_completed(slow, timeout=5)))

f = cf.Future()
print('fresh future:', f.done(), f.running(), f.cancelled())
print('cancel pending:', f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError:
    print('CancelledError from result()')
done, not_done = cf.wait([f], timeout=0)
print('cancelled counts as done:', len(done), len(not_done))

dup = cf.Future()
dup.set_result(7)
print('duplicates yielded once:', [x.result() for x in cf.as_completed([dup, dup, dup])])
print(list(cf.as_completed([])))
try:
    cf.wait([dup], return_when='SOMETIMES')
except ValueError as e:
    print('ValueError:', e)
