"""ThreadPoolExecutor.map with an initializer that sets thread-local state."""
import threading
from concurrent.futures import ThreadPoolExecutor
import time

local = threading.local()
init_lock = threading.Lock()
initialized = []


def init_worker(prefix):
    local.prefix = prefix
    local.count = 0
    with init_lock:
        initialized.append(threading.current_thread().name)


def work(n):
    local.count += 1
    time.sleep(0.01 * (n % 3))
    return f"{local.prefix}:{n}->{n ** 2}"


def main():
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="worker",
                            initializer=init_worker, initargs=("sq",)) as pool:
        for line in pool.map(work, range(8)):
            print(line)
        results = list(pool.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7]))
        print("pairwise:", results)
    print("initialized threads:", sorted(initialized))
    print("prefix visible in main?", hasattr(local, "prefix"))

    def boom(x):
        if x == 2:
            raise ValueError(f"bad item {x}")
        return x

    with ThreadPoolExecutor(max_workers=2) as pool:
        it = pool.map(boom, range(4))
        try:
            for v in it:
                print("got", v)
        except ValueError as e:
            print("map raised:", e)


if __name__ == "__main__":
    main()
