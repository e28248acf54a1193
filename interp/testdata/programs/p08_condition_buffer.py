"""A bounded buffer built from a Condition, as in OS course notes."""
import threading
import time


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()
        self.max_seen = 0

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    def __repr__(self):
        return f"<BoundedBuffer {len(self.items)}/{self.capacity}>"


def main():
    buf = BoundedBuffer(3)
    consumed = []

    def produce():
        for i in range(10):
            buf.put(i)
        buf.put(None)

    def consume():
        while True:
            item = buf.get()
            if item is None:
                break
            time.sleep(0.002)
            consumed.append(item)

    p = threading.Thread(target=produce)
    c = threading.Thread(target=consume)
    c.start()
    p.start()
    p.join()
    c.join()
    print("consumed:", consumed)
    print("max buffered:", buf.max_seen, buf)

    cond = threading.Condition(threading.Lock())
    with cond:
        print("wait timeout ->", cond.wait(timeout=0.01))
        print("wait_for timeout ->", cond.wait_for(lambda: False, timeout=0.01))
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify unlocked:", e)
    ready = []

    def waiter(n):
        with cond:
            cond.wait()
            ready.append(n)

    ws = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]
    for w in ws:
        w.start()
    time.sleep(0.05)
    with cond:
        cond.notify(2)
    time.sleep(0.05)
    print("after notify(2):", len(ready))
    with cond:
        cond.notify_all()
    for w in ws:
        w.join()
    print("all woke:", sorted(ready))


if __name__ == "__main__":
    main()
