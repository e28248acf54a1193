"""contextlib in threaded code: contextmanager, ExitStack, suppress, redirect_stdout."""
import contextlib
import io
import threading
import time
from contextlib import ExitStack, contextmanager, suppress, nullcontext, closing, redirect_stdout

log = []
log_lock = threading.Lock()


def note(msg):
    with log_lock:
        log.append(msg)


@contextmanager
def acquired(lock, name):
    note(f"{name}: acquire")
    lock.acquire()
    try:
        yield name
    finally:
        lock.release()
        note(f"{name}: release")


@contextmanager
def timed(label, results):
    start = time.perf_counter()
    try:
        yield
    except ZeroDivisionError:
        results[label] = "div0"
        raise
    else:
        results[label] = "ok"
    finally:
        results[label + ".t"] = time.perf_counter() - start >= 0


class Resource:
    opened = 0

    def __init__(self, name):
        self.name = name
        Resource.opened += 1

    def close(self):
        Resource.opened -= 1
        note(f"closed {self.name}")


class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        note(f"begin {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        note(f"{'rollback' if exc_type else 'commit'} {self.name}")
        return exc_type is KeyError


def main():
    locks = [threading.Lock() for _ in range(3)]

    def worker(i):
        with ExitStack() as stack:
            names = [stack.enter_context(acquired(lk, f"t{i}.l{j}")) for j, lk in enumerate(locks)]
            stack.callback(note, f"t{i}: callback after {len(names)} locks")

    ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
    for t in ts:
        t.start()
        t.join()
    print("\n".join(log))
    log.clear()

    results = {}
    with timed("a", results):
        sum(range(100))
    with suppress(ZeroDivisionError):
        with timed("b", results):
            1 / 0
    print(sorted(results.items()))

    with Transaction("t1"):
        pass
    with Transaction("t2"):
        raise KeyError("swallowed")
    try:
        with Transaction("t3"):
            raise ValueError("escapes")
    except ValueError as e:
        note(f"caught {e}")
    with closing(Resource("db")) as r:
        note(f"using {r.name}, open={Resource.opened}")
    print(log, Resource.opened)

    buf = io.StringIO()
    with redirect_stdout(buf):
        print("hidden line")
        print("второй", "line", sep="|")
    print(repr(buf.getvalue()))
    for flag in (True, False):
        cm = locks[0] if flag else nullcontext("no lock")
        with cm as got:
            print(flag, got, locks[0].locked())
    with suppress(KeyError, IndexError):
        [][1]
    print("suppressed both")
    with ExitStack() as stack:
        stack.push(lambda *exc: print("push saw", exc[0].__name__) or True)
        raise IndexError("x")
    print("after stack")
    with contextlib.ExitStack() as outer:
        inner = outer.pop_all()
    print(type(inner).__name__)


if __name__ == "__main__":
    main()
