"""concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED; cancelling the rest."""
import concurrent.futures as cf
import threading
import time

release = threading.Event()


def task(name, delay, fail=False, gated=False):
    if gated:
        release.wait(5)
    time.sleep(delay)
    if fail:
        raise RuntimeError(f'{name} failed')
    return name.upper()


def names(futs, mapping):
    return sorted(mapping[f] for f in futs)


with cf.ThreadPoolExecutor(max_workers=4) as pool:
    fs = {pool.submit(task, 'fast', 0.01): 'fast',
          pool.submit(task, 'slow1', 0.3, gated=True): 'slow1',
          pool.submit(task, 'slow2', 0.3, gated=True): 'slow2'}
    done, pending = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
    print('FIRST_COMPLETED done:', names(done, fs), 'pending:', names(pending, fs))
    release.set()
    done, pending = cf.wait(fs, timeout=5)
    print('then ALL done:', names(done, fs), 'pending:', len(pending))
    print('results:', sorted(f.result() for f in done))

release.clear()
with cf.ThreadPoolExecutor(max_workers=2) as pool:
    fs = {pool.submit(task, 'bad', 0.01, fail=True): 'bad',
          pool.submit(task, 'gated', 0.0, gated=True): 'gated'}
    queued = [pool.submit(task, f'queued{i}', 0.0, gated=True) for i in range(3)]
    for i, q in enumerate(queued):
        fs[q] = f'queued{i}'
    done, pending = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION done:', names(done, fs))
    while not queued[0].running():
        time.sleep(0.001)
    cancelled = [fs[f] for f in pending if f.cancel()]
    print('cancelled:', sorted(cancelled))
    print('states:', sorted((fs[f], f.cancelled(), f.done()) for f in queued))
    release.set()
    bad = next(f for f in done if fs[f] == 'bad')
    print('exception:', repr(bad.exception()))
    try:
        queued[0].result()
    except cf.CancelledError as exc:
        print('result of cancelled raises', type(exc).__name__, cf.CancelledError.__module__)

with cf.ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(task, f't{i}', 0.01 * i) for i in range(4)]
    done, not_done = cf.wait(fs, return_when=cf.ALL_COMPLETED)
    print('ALL_COMPLETED:', len(done), len(not_done), sorted(f.result() for f in done))
    res = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print('no exception -> all done:', len(res.done), type(res).__name__, res.not_done)

with cf.ThreadPoolExecutor(max_workers=1) as pool:
    blocker = threading.Event()
    f = pool.submit(blocker.wait, 5)
    t0 = time.monotonic()
    done, pending = cf.wait([f], timeout=0.05)
    print('timeout returned early enough:', len(done), len(pending), time.monotonic() - t0 < 2)
    print('running:', f.running(), 'cancel running fails:', f.cancel())
    blocker.set()
print('constants:', cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print('empty wait:', cf.wait([]))
