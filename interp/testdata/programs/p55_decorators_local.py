"""Decorators that count calls per thread (threading.local) and retry failures."""
import functools
import threading
import time

_state = threading.local()


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        counts = getattr(_state, "counts", None)
        if counts is None:
            counts = _state.counts = {}
        counts[fn.__name__] = counts.get(fn.__name__, 0) + 1
        return fn(*args, **kwargs)
    wrapper.calls = lambda: dict(getattr(_state, "counts", {}))
    return wrapper


def retry(times=3, exceptions=(Exception,), delay=0.0):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    time.sleep(delay)
            raise RuntimeError(f"{fn.__name__} failed {times} times") from last
        return wrapper
    return decorate


class Flaky:
    def __init__(self, fail_times):
        self.fail_times = fail_times
        self.__name__ = f"flaky{fail_times}"
        self.calls = 0
        self.lock = threading.Lock()

    def __call__(self, x):
        with self.lock:
            self.calls += 1
            n = self.calls
        if n <= self.fail_times:
            raise ConnectionError(f"attempt {n} failed")
        return x * 10


@counted
def parse(s):
    """Parse an int."""
    return int(s)


@counted
def double(x):
    return 2 * x


def timer(fn=None, *, label=None):
    if fn is None:
        return functools.partial(timer, label=label)

    @functools.wraps(fn)
    def wrapper(*a, **k):
        start = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            wrapper.elapsed = time.perf_counter() - start
            wrapper.label = label or fn.__name__
    return wrapper


@timer
def work():
    return sum(range(1000))


@timer(label="custom")
def other():
    return "done"


def main():
    results = {}
    lock = threading.Lock()

    def job(name, values):
        out = [double(parse(v)) for v in values]
        with lock:
            results[name] = (out, parse.calls())

    ts = [threading.Thread(target=job, args=(f"t{i}", [str(j) for j in range(i + 1)])) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for name in sorted(results):
        print(name, results[name])
    print("main thread counts:", parse.calls())
    print(parse.__name__, parse.__doc__, parse.__wrapped__("7"), hasattr(double, "__wrapped__"))

    flaky = Flaky(2)
    guarded = retry(times=3, exceptions=(ConnectionError,))(flaky)
    print(guarded(4), flaky.calls)
    always = retry(times=2, exceptions=(ConnectionError,))(Flaky(10))
    try:
        always(1)
    except RuntimeError as e:
        print(e, "| cause:", e.__cause__)
    strict = retry(times=5, exceptions=(KeyError,))(Flaky(1))
    try:
        strict(1)
    except ConnectionError as e:
        print("not retried:", e)
    print(work(), work.label, work.elapsed >= 0, other(), other.label)
    print(functools.reduce(lambda acc, f: f(acc), [double, double, double], 1))
    compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
    print(compose(str, len, double)(12345))
    p = functools.partial(int, base=2)
    print(p("1010"), p.keywords, functools.partial(max, 5)(3, 9))
    print(sorted(["b10", "a2", "a10"], key=functools.cmp_to_key(lambda x, y: (x > y) - (x < y))))

    dispatch = {int: lambda x: f"int {x}", list: lambda x: f"list of {len(x)}"}

    def describe(x):
        for cls in type(x).__mro__:
            if cls in dispatch:
                return dispatch[cls](x)
        return f"object {x!r}"

    print(describe(3), describe([1, 2]), describe("s"), describe(True))

    class Cached:
        @property
        def value(self):
            if "_value" not in self.__dict__:
                print("computing...")
                self._value = 42
            return self._value

    c = Cached()
    print(c.value, c.value)


if __name__ == "__main__":
    main()
