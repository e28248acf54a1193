import threading
import time


class Countdown(threading.Timer):
    def __init__(self, seconds, label):
        super().__init__(seconds, self.fire)
        self.label = label
        self.fired = False

    def fire(self):
        self.fired = True
        print("fired", self.label, threading.current_thread() is self)


c = Countdown(0.05, "A")
print(repr(c).split(",")[0], c.name, isinstance(c, threading.Timer), isinstance(c, threading.Thread))
c.start()
c.join()
print("fired?", c.fired, c.is_alive())
d = Countdown(5, "B")
d.start()
d.cancel()
d.join()
print("cancelled fired?", d.fired)


class Config(threading.local):
    def __init__(self, level):
        self.level = level
        self.seen = []


cfg = Config(1)
out = []


def worker(n):
    out.append((n, cfg.level))
    cfg.level = n * 10
    time.sleep(0.02)
    out.append((n, cfg.level))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), cfg.level, type(cfg).__name__, isinstance(cfg, threading.local))
