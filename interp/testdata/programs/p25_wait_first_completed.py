"""concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED."""
from concurrent.futures import (ThreadPoolExecutor, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)
import time


def job(name, delay, fail=False):
    time.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(fs):
    out = []
    for f in fs:
        out.append(f.result() if f.exception() is None else f"!{f.exception()}")
    return sorted(out)


def main():
    with ThreadPoolExecutor(max_workers=4) as ex:
        fs = [ex.submit(job, n, d) for n, d in [("a", 0.3), ("b", 0.02), ("c", 0.2)]]
        done, pending = wait(fs, return_when=FIRST_COMPLETED)
        print("first completed:", names(done), "pending:", len(pending))
        done, pending = wait(pending, timeout=0.01)
        print("after timeout: done", len(done), "pending", len(pending))
        done, pending = wait(fs, return_when=ALL_COMPLETED)
        print("all:", names(done), len(pending))

        fs = [ex.submit(job, "x", 0.02), ex.submit(job, "y", 0.05, fail=True), ex.submit(job, "z", 0.4)]
        done, pending = wait(fs, return_when=FIRST_EXCEPTION)
        print("first exception:", names(done), "pending:", len(pending))
        for f in pending:
            f.result()
    print("wait on empty:", wait([]))
    print("constants:", FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


if __name__ == "__main__":
    main()
