"""Producer/consumer with a queue and sentinel values (classic tutorial)."""
import queue
import threading
import time

SENTINEL = object()
NUM_CONSUMERS = 3


def producer(q, name, items, delay):
    for item in items:
        time.sleep(delay)
        q.put((name, item))
    print(f"[{name}] finished producing {len(items)} items")


def consumer(q, results, lock):
    me = threading.current_thread().name
    while True:
        item = q.get()
        try:
            if item is SENTINEL:
                return
            src, value = item
            with lock:
                results.setdefault(src, []).append(value * value)
        finally:
            q.task_done()


def main():
    q = queue.Queue()
    results = {}
    lock = threading.Lock()
    producers = [
        threading.Thread(target=producer, args=(q, "alpha", [1, 2, 3], 0.01), name="P-alpha"),
        threading.Thread(target=producer, args=(q, "beta", [10, 20], 0.08), name="P-beta"),
    ]
    consumers = [
        threading.Thread(target=consumer, args=(q, results, lock), name=f"C-{i}")
        for i in range(NUM_CONSUMERS)
    ]
    for t in consumers:
        t.start()
    for t in producers:
        t.start()
    for t in producers:
        t.join()
    q.join()
    print("queue drained, unfinished tasks:", q.unfinished_tasks)
    for _ in consumers:
        q.put(SENTINEL)
    for t in consumers:
        t.join()
    for src in sorted(results):
        print(src, sorted(results[src]))
    print("alive consumers:", sum(t.is_alive() for t in consumers))
    print("qsize:", q.qsize(), "empty:", q.empty())


if __name__ == "__main__":
    main()
