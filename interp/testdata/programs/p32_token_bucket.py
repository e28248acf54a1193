"""A token-bucket rate limiter shared by client threads, on a fake clock."""
import threading
import itertools
import functools


class FakeClock:
    """Deterministic clock: every call to now() advances by a fixed tick."""

    def __init__(self, tick=0.25):
        self._t = 0.0
        self._tick = tick
        self._lock = threading.Lock()

    def now(self):
        with self._lock:
            self._t += self._tick
            return self._t


class TokenBucket:
    def __init__(self, rate, capacity, clock):
        self.rate = rate
        self.capacity = capacity
        self.tokens = float(capacity)
        self.clock = clock
        self.last = 0.0
        self.cond = threading.Condition()
        self.granted = 0
        self.denied = 0

    def _refill(self):
        now = self.clock.now()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now

    def try_acquire(self, n=1):
        with self.cond:
            self._refill()
            if self.tokens >= n:
                self.tokens -= n
                self.granted += 1
                return True
            self.denied += 1
            return False

    def __str__(self):
        return "TokenBucket(rate=%.1f/s, capacity=%d, tokens=%.2f)" % (
            self.rate, self.capacity, self.tokens)


def rate_limited(bucket, retries=50):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in itertools.count(1):
                if bucket.try_acquire():
                    return fn(*args, **kwargs), attempt
                if attempt >= retries:
                    raise RuntimeError(f"gave up after {attempt} attempts")
        return wrapper
    return decorator


def main():
    clock = FakeClock()
    bucket = TokenBucket(rate=2.0, capacity=3, clock=clock)

    @rate_limited(bucket)
    def call_api(client, n):
        """Pretend to call a remote API."""
        return f"{client}:{n}"

    results = {}
    lock = threading.Lock()

    def client(name, count):
        mine = []
        for i in range(count):
            value, attempts = call_api(name, i)
            mine.append((value, attempts >= 1))
        with lock:
            results[name] = mine

    threads = [threading.Thread(target=client, args=(f"c{i}", 4), name=f"client-{i}")
               for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(call_api.__name__, "-", call_api.__doc__)
    for name in sorted(results):
        print(name, [v for v, _ in results[name]], all(ok for _, ok in results[name]))
    print("granted:", bucket.granted)
    print("denied >= 0:", bucket.denied >= 0)
    print("tokens within capacity:", 0 <= bucket.tokens <= bucket.capacity)
    b2 = TokenBucket(rate=0.5, capacity=2, clock=FakeClock(tick=1.0))
    print(b2)
    print([b2.try_acquire() for _ in range(6)])
    print(b2, b2.granted, b2.denied)
    try:
        tight = TokenBucket(rate=0.0, capacity=1, clock=FakeClock())
        rate_limited(tight, retries=3)(lambda: None)()
        rate_limited(tight, retries=3)(lambda: None)()
    except RuntimeError as e:
        print("error:", e)


if __name__ == "__main__":
    main()
