"""Timers: one-shot Timers with args/kwargs, cancel(), and the RepeatTimer recipe that overrides run()."""
import threading
import time

fired = []
lock = threading.Lock()


def remember(what, *, extra=''):
    with lock:
        fired.append(what + extra)


class RepeatTimer(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


class CountdownTimer(threading.Timer):
    def __init__(self, interval, count, function):
        super().__init__(interval, function)
        self.count = count
        self.runs = 0

    def run(self):
        while self.runs < self.count and not self.finished.wait(self.interval):
            self.runs += 1
            self.function(self.runs)
        self.finished.set()


t1 = threading.Timer(0.02, remember, args=('t1',), kwargs={'extra': '!'})
t2 = threading.Timer(0.01, remember, ['t2'])
t3 = threading.Timer(5.0, remember, args=('never',))
t1.start()
t2.start()
t3.start()
t3.cancel()
t1.join()
t2.join()
t3.join()
print('fired:', sorted(fired))
print('t3 finished set after cancel:', t3.finished.is_set(), 'alive:', t3.is_alive())
print('Timer type:', type(t1).__name__, isinstance(t1, threading.Thread))
print('default timer name pattern:', t1.name.startswith('Thread-'))

ticks = []
rt = RepeatTimer(0.005, lambda: ticks.append(time.monotonic()))
rt.start()
while len(ticks) < 5:
    time.sleep(0.005)
rt.cancel()
rt.join()
n = len(ticks)
time.sleep(0.03)
print('repeat timer ticked at least 5:', n >= 5, 'stopped after cancel:', len(ticks) == n)
print('ticks increasing:', ticks == sorted(ticks))

counts = []
ct = CountdownTimer(0.002, 4, counts.append)
ct.start()
ct.join()
print('countdown:', counts, 'runs:', ct.runs)

# cancel before start: the function never runs, start still works
t4 = threading.Timer(0.001, remember, args=('t4',))
t4.cancel()
t4.start()
t4.join()
print('t4 ran:', 't4' in fired)

# a timer that raises: the exception goes to threading.excepthook
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
bad = threading.Timer(0.001, lambda: 1 / 0)
bad.name = 'bad-timer'
bad.start()
bad.join()
print('excepthook got:', caught)
threading.excepthook = threading.__excepthook__

# debounce with restartable timers
calls = []
pending = None
for word in ['п', 'пр', 'при', 'прив', 'привет']:
    if pending is not None:
        pending.cancel()
    pending = threading.Timer(0.03, calls.append, args=(word,))
    pending.start()
    time.sleep(0.002)
pending.join()
print('debounced:', calls)
