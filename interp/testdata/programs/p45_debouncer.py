"""A debouncer and a periodic ticker built from threading.Timer and Event."""
import threading
import time


class Debouncer:
    """Calls fn only after `delay` seconds pass with no new trigger."""

    def __init__(self, delay, fn):
        self.delay = delay
        self.fn = fn
        self._timer = None
        self._lock = threading.Lock()
        self.calls = []
        self.fired = threading.Event()

    def trigger(self, *args):
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._fire, args=args)
            self._timer.name = "debounce"
            self._timer.start()

    def _fire(self, *args):
        self.calls.append(args)
        self.fn(*args)
        self.fired.set()

    def flush(self):
        with self._lock:
            t = self._timer
        if t is not None:
            t.join()


class Ticker(threading.Thread):
    def __init__(self, interval, limit):
        super().__init__(daemon=True, name="ticker")
        self.interval = interval
        self.limit = limit
        self.stopped = threading.Event()
        self.ticks = 0

    def run(self):
        while not self.stopped.wait(self.interval):
            self.ticks += 1
            if self.ticks >= self.limit:
                break

    def stop(self):
        self.stopped.set()


def main():
    saved = []
    d = Debouncer(0.3, lambda text: saved.append(text.upper()))
    for word in ["h", "he", "hel", "hell", "hello"]:
        d.trigger(word)
    d.flush()
    print("saved:", saved, "calls:", d.calls, "fired:", d.fired.is_set())

    t = Ticker(0.01, limit=3)
    t.start()
    t.join(timeout=5)
    print("ticks:", t.ticks, "alive:", t.is_alive(), "daemon:", t.daemon)

    t2 = Ticker(10, limit=100)
    t2.start()
    t2.stop()
    t2.join()
    print("stopped early ticks:", t2.ticks)

    ev = threading.Event()
    print("wait timeout returns:", ev.wait(0.01), ev.is_set())
    threading.Timer(0.01, ev.set).start()
    print("wait set returns:", ev.wait(5))
    ev.clear()
    print("after clear:", ev.is_set())

    fired = []
    timers = [threading.Timer(0.25 * (i + 1), fired.append, args=(i,)) for i in range(4)]
    for tm in timers:
        tm.start()
    timers[1].cancel()
    timers[3].cancel()
    for tm in timers:
        tm.join()
    print("fired:", sorted(fired), [tm.finished.is_set() for tm in timers])
    tm = threading.Timer(0, lambda: None)
    print(type(tm).__name__, isinstance(tm, threading.Thread), tm.interval)
    tm.start(); tm.join()
    start = time.monotonic()
    done = threading.Event()
    threading.Timer(0.03, done.set).start()
    done.wait()
    print("elapsed >= 0.03:", time.monotonic() - start >= 0.029)


if __name__ == "__main__":
    main()
