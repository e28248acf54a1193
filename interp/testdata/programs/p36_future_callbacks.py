"""Futures with done-callbacks, chained work and manual Future objects."""
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, TimeoutError, CancelledError


events = []
events_lock = threading.Lock()


def record(msg):
    with events_lock:
        events.append(msg)


def slow_square(x):
    time.sleep(0.01 * x)
    if x == 3:
        raise ArithmeticError(f"unlucky {x}")
    return x * x


def on_done(fut):
    if fut.cancelled():
        record(f"{fut.tag}: cancelled")
    elif fut.exception() is not None:
        exc = fut.exception()
        record(f"{fut.tag}: failed with {type(exc).__name__}({exc})")
    else:
        record(f"{fut.tag}: result {fut.result()}")


def then(executor, fut, fn):
    """Return a new future that runs fn on fut's result once fut is done."""
    out = Future()

    def relay(f):
        try:
            value = f.result()
        except BaseException as e:
            out.set_exception(e)
            return
        inner = executor.submit(fn, value)
        inner.add_done_callback(lambda g: out.set_result(g.result()) if not g.exception() else out.set_exception(g.exception()))

    fut.add_done_callback(relay)
    return out


def main():
    with ThreadPoolExecutor(max_workers=2) as ex:
        futs = []
        for i in range(1, 6):
            f = ex.submit(slow_square, i)
            f.tag = f"sq({i})"
            f.add_done_callback(on_done)
            futs.append(f)
        chained = then(ex, futs[1], lambda v: f"half={v / 2}")
        broken = then(ex, futs[2], lambda v: v + 1)
        print("chained:", chained.result(timeout=5))
        try:
            broken.result(timeout=5)
        except ArithmeticError as e:
            print("broken:", repr(e))
        results = []
        for f in futs:
            try:
                results.append(f.result())
            except ArithmeticError:
                results.append(None)
        print("results:", results)
    for line in sorted(events):
        print(" ", line)

    manual = Future()
    print("pending:", manual.running(), manual.done(), manual.cancelled())
    try:
        manual.result(timeout=0.01)
    except TimeoutError:
        print("timeout waiting for manual future")
    late = []
    manual.set_result({"answer": 42})
    manual.add_done_callback(lambda f: late.append(f.result()["answer"]))
    print("late callback ran at once:", late, manual.done())

    c = Future()
    c.tag = "c"
    c.add_done_callback(on_done)
    print("cancel:", c.cancel(), c.cancelled(), c.done())
    try:
        c.result()
    except CancelledError as e:
        print("CancelledError", type(e).__mro__[1].__name__)
    print(events[-1])
    f = Future()
    f.set_exception(KeyError("k"))
    print("exception():", repr(f.exception()), f.done())
    print("repr state:", "finished" in repr(f), "raised KeyError" in repr(f))


if __name__ == "__main__":
    main()
