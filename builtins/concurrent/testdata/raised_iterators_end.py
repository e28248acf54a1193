# The iterators of Executor.map and as_completed are generators: once
# one has raised (a call's exception, a TimeoutError), it is exhausted,
# and a later next() or loop finds nothing instead of raising again.
import concurrent.futures as cf
import threading


def f(x):
    if x == 2:
        raise ValueError(f"bad {x}")
    return x * 10


with cf.ThreadPoolExecutor(2) as pool:
    it = pool.map(f, range(5))
    got = []
    try:
        for x in it:
            got.append(x)
    except ValueError as e:
        print("map raised:", e, "after", got)
    print("then list():", list(it), "next():", next(it, "exhausted"))
    for x in it:
        print("never", x)

    it2 = pool.map(f, [5, 2, 7])
    print(next(it2))
    try:
        next(it2)
    except ValueError as e:
        print("next raised:", e)
    try:
        next(it2)
    except StopIteration:
        print("then StopIteration")

    gate = threading.Event()
    fs = [pool.submit(gate.wait), pool.submit(f, 1)]
    ac = cf.as_completed(fs, timeout=0.05)
    seen = []
    try:
        for fut in ac:
            seen.append(fut.result())
    except cf.TimeoutError as e:
        print("as_completed raised:", e, "after", seen)
    print("then list():", list(ac), next(ac, "exhausted"))
    gate.set()
