"""At most two 'downloads' at a time, limited by a BoundedSemaphore."""
import threading
import time

MAX_CONNECTIONS = 2
pool_sema = threading.BoundedSemaphore(value=MAX_CONNECTIONS)
active = 0
peak = 0
stats_lock = threading.Lock()
events = []


def download(name, size):
    global active, peak
    with pool_sema:
        with stats_lock:
            active += 1
            peak = max(peak, active)
            events.append(f"start {name}")
        time.sleep(size / 1000)
        with stats_lock:
            active -= 1
            events.append(f"done {name}")


def main():
    files = [("a.iso", 400), ("b.zip", 60), ("c.tar", 120), ("d.txt", 30), ("e.bin", 90)]
    threads = []
    for name, size in files:
        t = threading.Thread(target=download, args=(name, size), name=name)
        threads.append(t)
        t.start()
        time.sleep(0.01)
    for t in threads:
        t.join()
    print("peak concurrency:", peak)
    print("active at end:", active)
    print("events:", len(events))
    for e in events:
        print(" ", e)
    try:
        pool_sema.release()
    except ValueError as e:
        print("over-release:", e)
    s = threading.Semaphore(0)
    print("acquire nonblocking:", s.acquire(blocking=False))
    print("acquire timeout:", s.acquire(timeout=0.01))
    s.release(3)
    print("after release(3):", [s.acquire(False) for _ in range(4)])


if __name__ == "__main__":
    main()
