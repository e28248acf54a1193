"""Barrier with an action, timeouts, abort() and BrokenBarrierError."""
import threading
import time

log = []
log_lock = threading.Lock()


def say(msg):
    with log_lock:
        log.append(msg)


rounds = []


def on_round():
    rounds.append(f'round {len(rounds) + 1} complete')


barrier = threading.Barrier(3, action=on_round)
print('parties:', barrier.parties, 'waiting:', barrier.n_waiting, 'broken:', barrier.broken)


def runner(name, laps):
    for lap in range(laps):
        idx = barrier.wait()
        say((lap, name, idx in (0, 1, 2)))


ts = [threading.Thread(target=runner, args=(n, 3)) for n in ('ann', 'ben', 'cid')]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(rounds)
print(sorted(log))
log.clear()

b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print('timed out alone:', type(e).__name__, repr(str(e)), 'broken:', b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('still broken')
b.reset()
print('after reset broken:', b.broken)

b = threading.Barrier(3)


def waiter(name):
    try:
        b.wait()
        say(f'{name} passed')
    except threading.BrokenBarrierError:
        say(f'{name} broken')


ws = [threading.Thread(target=waiter, args=(f'w{i}',)) for i in range(2)]
for t in ws:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
print('n_waiting:', b.n_waiting)
b.abort()
for t in ws:
    t.join()
print(sorted(log))
log.clear()


def bad_action():
    raise ValueError('action failed')


b = threading.Barrier(2, action=bad_action)
errs = []


def party():
    try:
        b.wait()
    except ValueError as e:
        errs.append(f'ValueError: {e}')
    except threading.BrokenBarrierError:
        errs.append('BrokenBarrierError')


ps = [threading.Thread(target=party) for _ in range(2)]
for t in ps:
    t.start()
for t in ps:
    t.join()
print(sorted(errs), b.broken)

try:
    threading.Barrier(0)
except ValueError as e:
    print('ValueError:', e)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

b = threading.Barrier(2)
r = []
t = threading.Thread(target=lambda: r.append(b.wait(timeout=1)))
t.start()
r.append(b.wait())
t.join()
print('indices:', sorted(r))
