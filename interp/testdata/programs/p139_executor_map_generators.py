"""executor.map over generators with chunksize, timeouts, an exception in the middle of
map results, submit with kwargs, and shutdown(cancel_futures=True)."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED, FIRST_COMPLETED
from itertools import islice, count


def numbers(limit):
    for n in count(1):
        if n > limit:
            return
        yield n


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


with ThreadPoolExecutor(max_workers=4) as ex:
    lens = list(ex.map(collatz_len, numbers(30), chunksize=4))
print("collatz lengths:", lens)
best = max(range(1, 31), key=lambda n: (lens[n - 1], -n))
print(f"longest chain under 31: n={best} steps={lens[best - 1]}")


def checked(n):
    if n == 3:
        raise ArithmeticError(f"плохое число {n}")
    return 10 / n


with ThreadPoolExecutor(2) as ex:
    it = ex.map(checked, [1, 2, 3, 4])
    got = []
    try:
        for v in it:
            got.append(v)
    except ArithmeticError as e:
        print("map stopped at:", e, "after", got)

with ThreadPoolExecutor(3) as ex:
    pairs = list(ex.map(pow, [2, 3, 4], [5, 3, 2], [1000, 1000, 1000]))
    print("pow with mod:", pairs)
    print("zip-shortest:", list(ex.map(lambda a, b: a + b, "абв", "xyz!")))
    words = ex.map(str.upper, islice(iter("one two three four five".split()), 3))
    print("islice upper:", list(words))


def fmt(n, *, width=5, fill="."):
    return f"{n:{fill}>{width}}"


with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(fmt, n, width=w, fill=f) for n, w, f in [(7, 4, "0"), (42, 6, " "), (-3, 5, "*")]]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("all done:", len(done), len(not_done), [f.result() for f in fs])

release = threading.Event()


def hold(i):
    release.wait(5)
    return i


ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(hold, i) for i in range(5)]
time.sleep(0.05)
release.set()
ex.shutdown(wait=True, cancel_futures=True)
states = ["cancelled" if f.cancelled() else f"result={f.result()}" for f in fs]
print("after cancel_futures:", states[0], "others cancelled:", all(s == "cancelled" for s in states[1:]))
try:
    ex.submit(hold, 9)
except RuntimeError as e:
    print("RuntimeError:", e)

with ThreadPoolExecutor(2) as ex:
    quick = ex.submit(time.sleep, 0.01)
    slow = ex.submit(time.sleep, 0.3)
    done, pending = wait([quick, slow], return_when=FIRST_COMPLETED)
    print("first completed is quick:", quick in done, "slow pending:", slow in pending)
print("result of sleep:", quick.result())
