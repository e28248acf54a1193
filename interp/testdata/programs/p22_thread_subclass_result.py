"""Thread subclasses that keep the return value of their work."""
import threading
import time


class ResultThread(threading.Thread):
    def __init__(self, func, *args, **kwargs):
        super().__init__(name=f"Result-{func.__name__}")
        self.func, self.args, self.kwargs = func, args, kwargs
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self.func(*self.args, **self.kwargs)
        except Exception as e:
            self.error = e

    def join(self, timeout=None):
        super().join(timeout)
        if self.error is not None:
            raise self.error
        return self.result


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def slow_sum(*nums, delay=0.0):
    time.sleep(delay)
    return sum(nums)


def fails():
    raise LookupError("nothing here")


class Countdown(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n
        self.trace = []

    def run(self):
        while self.n > 0:
            self.trace.append(self.n)
            self.n -= 1


def main():
    ts = [ResultThread(fib, 15), ResultThread(slow_sum, 1, 2, 3, delay=0.01), ResultThread(fails)]
    for t in ts:
        t.start()
    for t in ts:
        try:
            print(t.name, "->", t.join())
        except LookupError as e:
            print(t.name, "raised", repr(e))
    c = Countdown(5)
    print(repr(c).startswith("<Countdown(Thread-"), "initial" in repr(c))
    c.start()
    c.join()
    print(c.trace, c.n, c.is_alive())
    print("stopped repr:", "stopped" in repr(c))
    try:
        c.start()
    except RuntimeError as e:
        print("RuntimeError:", e)

    class Greeter(threading.Thread):
        def __init__(self, who):
            super().__init__(daemon=True)
            self.who = who

        def run(self):
            print(f"hello, {self.who} from {type(self).__name__} (daemon={self.daemon})")

    g = Greeter("world")
    g.start()
    g.join()
    t = threading.Thread(target=print, args=("target", "args"), kwargs={"sep": "+"})
    t.run()


if __name__ == "__main__":
    main()
