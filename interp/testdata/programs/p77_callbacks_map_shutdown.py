"""add_done_callback, executor.map timeouts and errors, shutdown(cancel_futures=True)."""
import concurrent.futures as cf
import functools
import threading
import time

log = []
log_lock = threading.Lock()


def note(text):
    with log_lock:
        log.append(text)


def work(n):
    time.sleep(0.002 * n)
    if n == 4:
        raise ValueError(f'bad input {n}')
    return n * 10


def callback(tag, fut):
    if fut.exception():
        note(f'{tag}: error {fut.exception()!r}')
    else:
        note(f'{tag}: {fut.result()}')


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    futs = []
    for n in range(1, 6):
        f = ex.submit(work, n)
        f.add_done_callback(functools.partial(callback, f'job{n}'))
        futs.append(f)
cf.wait(futs)
for line in sorted(log):
    print(line)
log.clear()

done_future = cf.Future()
done_future.set_result('ready')
done_future.add_done_callback(lambda f: note(f'immediate: {f.result()}'))
print('callback on finished future runs at once:', log)


g = cf.Future()
g.add_done_callback(lambda f: note('first callback'))
g.add_done_callback(lambda f: note('second callback'))
g.set_result(1)
print(log[-2:])

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    results = ex.map(work, [1, 2, 3, 4, 5])
    collected = []
    try:
        for r in results:
            collected.append(r)
    except ValueError as e:
        print('map stopped at error:', e, 'after', collected)

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    gate = threading.Event()
    it = ex.map(lambda x: gate.wait(5) and x, [1, 2])
    threading.Timer(0.01, gate.set).start()
    print('gated map:', list(it))

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(time.sleep, [0.3, 0.0], timeout=0.02)
    try:
        list(it)
    except cf.TimeoutError:
        print('map timeout -> TimeoutError')

print('map over zip:', list(cf.ThreadPoolExecutor().map(pow, [2, 3, 4], [5, 2, 1])))
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print('chunksize ignored for threads:', list(ex.map(abs, [-1, -2, 3], chunksize=2)))

blocker = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker.wait, 5)
queued = [ex.submit(work, 1) for _ in range(5)]
time.sleep(0.01)
blocker.set()
ex.shutdown(wait=True, cancel_futures=True)
states = ['cancelled' if q.cancelled() else 'ran' for q in queued]
print('first:', first.result(), 'queued cancelled:', states.count('cancelled') >= 4)

ex = cf.ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(pow, 2, k) for k in range(8)]
ex.shutdown()
print('shutdown waits:', [f.result() for f in fs])
try:
    ex.submit(pow, 2, 2)
except RuntimeError as e:
    print('RuntimeError:', e)
