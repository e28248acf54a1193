"""Downloads with retries and exponential backoff; future.result(timeout=...) and attempts recorded per URL."""
import concurrent.futures as cf
import functools
import random
import threading
import time


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


PLAN = {
    'a.example/1': ['ok'],
    'a.example/2': ['timeout', 'ok'],
    'b.example/3': ['timeout', 'timeout', 'ok'],
    'b.example/4': ['404'],
    'c.example/5': ['timeout', 'timeout', 'timeout', 'timeout'],
}
attempts = {url: 0 for url in PLAN}
lock = threading.Lock()


def retry(max_tries=3, base_delay=0.001, retry_on=(TransientError,)):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, max_tries + 1):
                try:
                    return fn(*args, **kwargs)
                except retry_on as exc:
                    if attempt == max_tries:
                        raise TransientError(f'gave up after {attempt} tries: {exc}') from exc
                    time.sleep(delay)
                    delay *= 2
        wrapper.max_tries = max_tries
        return wrapper
    return decorate


@retry(max_tries=3)
def fetch(url):
    """Fetch one URL from the fake network."""
    with lock:
        n = attempts[url]
        attempts[url] += 1
    outcome = PLAN[url][min(n, len(PLAN[url]) - 1)]
    if outcome == 'timeout':
        raise TransientError(f'{url} timed out (try {n + 1})')
    if outcome == '404':
        raise PermanentError(f'{url} not found')
    return f'<html>{url}</html>'


print('wrapped:', fetch.__name__, fetch.__doc__, fetch.max_tries, fetch.__wrapped__.__name__)
outcomes = {}
with cf.ThreadPoolExecutor(max_workers=3) as pool:
    futures = {url: pool.submit(fetch, url) for url in PLAN}
    for url, fut in futures.items():
        try:
            outcomes[url] = ('ok', len(fut.result(timeout=5)))
        except TransientError as exc:
            outcomes[url] = ('transient', str(exc), type(exc.__cause__).__name__)
        except PermanentError as exc:
            outcomes[url] = ('permanent', str(exc))

for url in sorted(outcomes):
    print(f'{url:<12} tries={attempts[url]} ->', outcomes[url])
print('hosts:', sorted({u.split('/')[0] for u in PLAN}))

with cf.ThreadPoolExecutor(max_workers=1) as pool:
    slow = pool.submit(time.sleep, 0.2)
    try:
        slow.result(timeout=0.01)
    except TimeoutError as exc:
        print('result timeout:', type(exc).__name__, 'still running:', not slow.done())
    try:
        slow.exception(timeout=0.01)
    except cf.TimeoutError:
        print('exception() also times out')
    print('eventually:', slow.result(), slow.done())

rng = random.Random(42)
delays = [round(0.1 * 2 ** i + rng.uniform(0, 0.05), 3) for i in range(4)]
print('jittered delays deterministic with seed:', delays == [round(0.1 * 2 ** i + r, 3) for i, r in enumerate(
    (lambda g: [g.uniform(0, 0.05) for _ in range(4)])(random.Random(42)))])
print('growing:', all(a < b for a, b in zip(delays, delays[1:])))
print('sample:', random.Random(7).sample(sorted(PLAN), 2), random.Random(7).choice('абв'))
