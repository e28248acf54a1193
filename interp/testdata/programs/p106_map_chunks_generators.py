"""executor.map with generators, several iterables, chunksize, timeouts and an exception in the middle."""
import concurrent.futures as cf
import itertools
import threading
import time

consumed = []
lock = threading.Lock()


def numbers(n):
    for i in range(n):
        with lock:
            consumed.append(i)
        yield i


def slow_square(x):
    time.sleep(0.001 * (5 - x % 5))
    return x * x


with cf.ThreadPoolExecutor(max_workers=3) as pool:
    it = pool.map(slow_square, numbers(10))
    print('generator consumed eagerly by map:', len(consumed) == 10)
    print('iterator type has __next__:', hasattr(it, '__next__'))
    print('results in input order:', list(it))

    words = ['alpha', 'бета', 'gamma', 'дельта']
    print('two iterables:', list(pool.map(lambda w, n: w[:n], words, itertools.count(1))))
    print('shortest wins:', list(pool.map(pow, [2, 3, 4], [5, 6])))
    print('chunksize ignored for threads:', list(pool.map(str.upper, 'abcdef', chunksize=4)))
    print('starmap-like:', list(pool.map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))))


def risky(x):
    if x == 3:
        raise ValueError(f'bad value {x}')
    return x * 10


with cf.ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(risky, range(6))
    collected = []
    try:
        for r in results:
            collected.append(r)
    except ValueError as exc:
        print('collected before error:', collected, '| error:', exc)

with cf.ThreadPoolExecutor(max_workers=2) as pool:
    gate = threading.Event()
    gen = pool.map(lambda x: gate.wait(5) and x, [1, 2], timeout=0.05)
    try:
        next(gen)
    except TimeoutError as exc:
        print('map timeout:', type(exc).__name__, cf.TimeoutError is TimeoutError)
    gate.set()

with cf.ThreadPoolExecutor(max_workers=4) as pool:
    lines = (f'{w} {n}' for n, w in enumerate(['один', 'два', 'три', 'четыре', 'пять']))
    lengths = dict(pool.map(lambda line: (line.split()[0], len(line.split()[0])), lines))
    print('lengths:', lengths)
    total = sum(pool.map(len, ['x' * i for i in range(100)]))
    print('sum of lengths:', total)
    empty = list(pool.map(abs, []))
    print('empty map:', empty)

pool = cf.ThreadPoolExecutor(max_workers=1)
pool.shutdown()
try:
    pool.map(abs, [1])
except RuntimeError as exc:
    print('after shutdown:', exc)
