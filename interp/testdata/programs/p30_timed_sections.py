"""Context managers that time sections of threaded work."""
import contextlib
import threading
import time


@contextlib.contextmanager
def timed(label, sink):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - t0
        sink.append((label, elapsed))


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def close(self):
        print("closed", self.name)

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return exc_type is KeyError


def main():
    timings = []
    with timed("parallel sleeps", timings):
        ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(5)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    with timed("serial sleeps", timings):
        for _ in range(3):
            time.sleep(0.1)
    (_, parallel), (_, serial) = timings
    print([label for label, _ in timings], "parallel under 0.5s:", 0.2 <= parallel < 0.5,
          "serial at least 0.3s:", serial >= 0.3)
    log = []
    with contextlib.ExitStack() as stack:
        for n in ("db", "cache", "file"):
            stack.enter_context(Resource(n, log))
        stack.callback(log.append, "callback ran")
    print(log)
    log.clear()
    with Resource("swallow", log):
        raise KeyError("ignored")
    try:
        with Resource("propagate", log):
            raise ValueError("kept")
    except ValueError as e:
        log.append(f"caught {e}")
    print(log)
    with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
        1 / 0
    print("suppressed")
    lock = threading.Lock()
    with contextlib.nullcontext(lock) as l:
        print("nullcontext yields:", l is lock)

    class Capture:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)

    import sys
    buf, saved = Capture(), sys.stdout
    sys.stdout = buf
    try:
        print("captured", "line")
    finally:
        sys.stdout = saved
    print("redirected:", buf.parts)
    with contextlib.closing(Resource("conn", log)) as r:
        print("closing yields", r.name)


if __name__ == "__main__":
    main()
