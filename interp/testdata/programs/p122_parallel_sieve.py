"""Parallel prime sieve by segments, using multiprocessing.pool.ThreadPool."""
import math
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool as DummyPool
import threading

LIMIT = 2000
SEGMENTS = 5


def base_primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    return [i for i, v in enumerate(sieve) if v]


SMALL = base_primes(int(math.isqrt(LIMIT)))


def segment(bounds):
    lo, hi = bounds
    flags = [True] * (hi - lo)
    for p in SMALL:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            flags[m - lo] = False
    primes = [lo + i for i, f in enumerate(flags) if f and lo + i >= 2]
    return lo, hi, primes


step = LIMIT // SEGMENTS
bounds = [(i * step, (i + 1) * step) for i in range(SEGMENTS)]
print("small primes:", SMALL)
print("bounds:", bounds)

with ThreadPool(3) as pool:
    results = pool.map(segment, bounds)
all_primes = []
for lo, hi, ps in results:
    print(f"[{lo:>4}, {hi:>4}) -> {len(ps):>3} primes, last={ps[-1] if ps else None}")
    all_primes.extend(ps)
print("total:", len(all_primes))
print("matches simple sieve:", all_primes == base_primes(LIMIT - 1))

twins = [(a, b) for a, b in zip(all_primes, all_primes[1:]) if b - a == 2]
print("twin pairs:", len(twins), twins[:5], twins[-2:])

with DummyPool(4) as pool:
    counts = pool.map(lambda b: len(segment(b)[2]), bounds, chunksize=2)
    print("counts via dummy pool:", counts)
    async_res = pool.apply_async(segment, ((0, 50),))
    print("apply_async:", async_res.get(timeout=5)[2])
    print("ready:", async_res.ready(), "successful:", async_res.successful())
    star = pool.starmap(pow, [(2, 10), (3, 4), (5, 3)])
    print("starmap:", star)
    lazy = pool.imap(lambda n: n * n, range(6))
    print("imap:", list(lazy))
    unordered = sorted(pool.imap_unordered(lambda n: -n, range(5)))
    print("imap_unordered sorted:", unordered)

gaps = {}
for a, b in zip(all_primes, all_primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("gap histogram:", dict(sorted(gaps.items())))
print("largest gap:", max(gaps), "between", next((a, b) for a, b in zip(all_primes, all_primes[1:]) if b - a == max(gaps)))
print("main is", threading.current_thread().name)
