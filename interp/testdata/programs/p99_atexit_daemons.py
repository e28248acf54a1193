"""Daemon threads and atexit: handlers run in LIFO order after non-daemon threads finish."""
import atexit
import threading
import time

log = []
log_lock = threading.Lock()


def note(msg):
    with log_lock:
        log.append(msg)


stop = threading.Event()


def heartbeat():
    beats = 0
    while not stop.wait(0.01):
        beats += 1
    note(f'heartbeat stopped (beats>0: {beats > 0})')


def forever():
    while True:
        time.sleep(0.05)


@atexit.register
def goodbye():
    print('goodbye handler (registered first, runs last)')


def report(title, *, sep=': '):
    print(title + sep + ', '.join(log))


def unused():
    print('this must never print')


hb = threading.Thread(target=heartbeat, name='heartbeat', daemon=True)
hb.start()
atexit.register(report, 'log at exit', sep=' -> ')
atexit.register(unused)
atexit.register(print, 'plain print handler with', 3, 'args')
atexit.unregister(unused)
atexit.register(hb.join, 2)
atexit.register(stop.set)

d = threading.Thread(target=forever, daemon=True)
d.start()
print('daemon flags:', hb.daemon, d.daemon, threading.current_thread().daemon)
try:
    hb.daemon = False
except RuntimeError as exc:
    print('set daemon on running thread:', exc)


def slow_worker(n):
    time.sleep(0.03 * n)
    note(f'worker {n} done')


for n in (1, 2):
    threading.Thread(target=slow_worker, args=(n,), name=f'slow-{n}').start()

child_flags = []


def spawner():
    inner = threading.Thread(target=lambda: None)
    child_flags.append(inner.daemon)


s = threading.Thread(target=spawner, daemon=True)
s.start()
s.join()
print('thread created in daemon thread inherits daemon:', child_flags)

print('main body ends; non-daemon workers still running:',
      sorted(t.name for t in threading.enumerate() if not t.daemon and t is not threading.main_thread()))
