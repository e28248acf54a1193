"""queue.Empty and queue.Full with timeouts, LIFO and simple queues."""
import queue
import threading
import time


def main():
    q = queue.Queue(maxsize=2)
    q.put("a")
    q.put("b", timeout=0.1)
    print("full:", q.full(), "size:", q.qsize())
    try:
        q.put("c", timeout=0.02)
    except queue.Full:
        print("put timed out: queue.Full")
    try:
        q.put_nowait("c")
    except queue.Full as e:
        print("put_nowait: Full", repr(e))
    print(q.get(), q.get_nowait())
    try:
        q.get(timeout=0.02)
    except queue.Empty:
        print("get timed out: queue.Empty")
    try:
        q.get(block=False)
    except queue.Empty as e:
        print("non-blocking get:", type(e).__name__, isinstance(e, Exception))

    late = queue.Queue()

    def deliver():
        time.sleep(0.05)
        late.put("parcel")

    t = threading.Thread(target=deliver)
    t.start()
    print("waiting for parcel...")
    print("got:", late.get(timeout=2))
    t.join()

    stack = queue.LifoQueue()
    for i in range(4):
        stack.put(i)
    print("lifo:", [stack.get() for _ in range(4)])
    sq = queue.SimpleQueue()
    sq.put(1)
    sq.put_nowait(2)
    print("simple:", sq.get(), sq.get(), sq.empty(), sq.qsize())
    try:
        sq.get(timeout=0.01)
    except queue.Empty:
        print("simple queue empty")
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.put(1, timeout=-1)
    except ValueError as e:
        print("ValueError:", e)

    bounded = queue.Queue(1)
    log = []

    def slow_consumer():
        for _ in range(3):
            time.sleep(0.03)
            log.append(("got", bounded.get()))

    c = threading.Thread(target=slow_consumer)
    c.start()
    for i in range(3):
        bounded.put(i)
        log.append(("put", i))
    c.join()
    print(log)


if __name__ == "__main__":
    main()
