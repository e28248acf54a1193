"""Rate limiting: a sliding-window limiter with a deque and a Condition, and a Semaphore-based limiter."""
import collections
import threading
import time


class SlidingWindowLimiter:
    def __init__(self, max_calls, period):
        self.max_calls = max_calls
        self.period = period
        self.calls = collections.deque()
        self.cond = threading.Condition()

    def _trim(self, now):
        while self.calls and now - self.calls[0] >= self.period:
            self.calls.popleft()

    def acquire(self):
        with self.cond:
            while True:
                now = time.monotonic()
                self._trim(now)
                if len(self.calls) < self.max_calls:
                    self.calls.append(now)
                    return now
                wait = self.period - (now - self.calls[0])
                self.cond.wait(wait)

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        return False


limiter = SlidingWindowLimiter(max_calls=3, period=0.2)
stamps = []
stamp_lock = threading.Lock()


def call_api(i):
    with limiter:
        t = time.monotonic()
        with stamp_lock:
            stamps.append((t, i))


start = time.monotonic()
threads = [threading.Thread(target=call_api, args=(i,)) for i in range(9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
stamps.sort()
print('calls made:', len(stamps), 'ids:', sorted(i for _, i in stamps))
worst = max(sum(1 for s, _ in stamps if t0 <= s < t0 + 0.2 - 1e-3) for t0, _ in stamps)
print('max calls in any window:', worst, '<= 3:', worst <= 3)
print('took at least two periods:', elapsed >= 0.39, '| under 2s:', elapsed < 2)
print(f'elapsed formatted has 2 decimals: {len(f"{elapsed:.2f}".split(".")[1]) == 2}')

# Semaphore limits concurrency, not rate
sem = threading.BoundedSemaphore(2)
active = 0
peak = 0
lock = threading.Lock()
order = []


def job(n):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.02)
        with lock:
            active -= 1
            order.append(n)


workers = [threading.Thread(target=job, args=(n,), name=f'job-{n}') for n in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print('peak concurrency:', peak, 'finished:', sorted(order))
try:
    sem.release()
except ValueError as exc:
    print('over-release:', type(exc).__name__, exc)
print('acquire non-blocking twice, third fails:', sem.acquire(False), sem.acquire(False), sem.acquire(blocking=False))
sem.release()
sem.release()
t0 = time.monotonic()
sem2 = threading.Semaphore(0)
got = sem2.acquire(timeout=0.05)
print('timed acquire on empty semaphore:', got, 'waited:', time.monotonic() - t0 >= 0.04)
try:
    threading.Semaphore(-1)
except ValueError as exc:
    print('negative:', exc)
