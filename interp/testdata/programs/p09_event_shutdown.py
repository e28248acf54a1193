"""Workers poll until a shutdown Event is set."""
import threading
import time

shutdown = threading.Event()
ticks = {}
reports = []
lock = threading.Lock()


def worker(name, period):
    count = 0
    while not shutdown.wait(timeout=period):
        count += 1
    with lock:
        ticks[name] = count
        reports.append(f"{name} saw shutdown (is_set={shutdown.is_set()})")


def main():
    threads = [
        threading.Thread(target=worker, args=("fast", 0.01), name="fast"),
        threading.Thread(target=worker, args=("slow", 10), name="slow"),
    ]
    for t in threads:
        t.start()
    time.sleep(0.1)
    print("active threads:", sorted(t.name for t in threading.enumerate()))
    print("requesting shutdown")
    shutdown.set()
    for t in threads:
        t.join(timeout=2)
        print(t.name, "alive after join:", t.is_alive())
    print(sorted(reports))
    print("fast ticked:", ticks["fast"] > 3, "slow ticked:", ticks["slow"])

    start_evt = threading.Event()
    seen = []

    def gate(i):
        start_evt.wait()
        seen.append(i)

    gs = [threading.Thread(target=gate, args=(i,)) for i in range(5)]
    for g in gs:
        g.start()
    time.sleep(0.02)
    print("before set:", seen)
    start_evt.set()
    for g in gs:
        g.join()
    print("after set:", sorted(seen))
    start_evt.clear()
    print("cleared:", start_evt.is_set(), "wait(0):", start_evt.wait(0))


if __name__ == "__main__":
    main()
