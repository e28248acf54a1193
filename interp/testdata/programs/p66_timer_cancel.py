"""threading.Timer: start, cancel before firing, args/kwargs, finished event."""
import threading
import time

fired = []
lock = threading.Lock()


def hello(who, punct='!'):
    with lock:
        fired.append(f'hello, {who}{punct}')


t = threading.Timer(0.02, hello, args=('world',))
t.start()
t.join()
print('fired:', fired)
print('finished set:', t.finished.is_set())

t = threading.Timer(5.0, hello, args=('never',))
t.start()
time.sleep(0.01)
t.cancel()
t.join()
print('cancelled ->', fired, 'alive:', t.is_alive(), 'finished:', t.finished.is_set())

t = threading.Timer(0.01, hello, ['кот'], {'punct': '?'})
print('interval:', t.interval, 'function is hello:', t.function is hello)
print('args:', t.args, 'kwargs:', t.kwargs)
t.start()
t.join()
print(fired[-1])

t = threading.Timer(0.01, hello, kwargs={'who': 'kw', 'punct': '.'})
t.cancel()
t.start()
t.join()
print('cancel before start ->', fired[-1])


class RepeatTimer(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


ticks = []
tick_lock = threading.Lock()
enough = threading.Event()


def tick(label):
    with tick_lock:
        ticks.append(label)
        if len(ticks) == 4:
            enough.set()


r = RepeatTimer(0.005, tick, args=('tick',))
r.daemon = True
r.start()
enough.wait(5)
r.cancel()
r.join()
print('ticks >= 4:', len(ticks) >= 4, set(ticks))


class Watchdog:
    def __init__(self, timeout, handler):
        self.timeout = timeout
        self.handler = handler
        self.timer = threading.Timer(self.timeout, self.handler)

    def start(self):
        self.timer.start()

    def reset(self):
        self.timer.cancel()
        self.timer = threading.Timer(self.timeout, self.handler)
        self.timer.start()

    def stop(self):
        self.timer.cancel()


alarms = []
wd = Watchdog(0.5, lambda: alarms.append('timeout!'))
wd.start()
for _ in range(3):
    time.sleep(0.005)
    wd.reset()
wd.stop()
wd.timer.join()
print('alarms after resets:', alarms)
wd2 = Watchdog(0.01, lambda: alarms.append('expired'))
wd2.start()
wd2.timer.join()
print('alarms:', alarms)
print(type(t).__name__, isinstance(t, threading.Thread))
