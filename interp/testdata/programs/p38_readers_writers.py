"""A readers-writer lock from a Condition; writers get priority."""
import threading
import time
import contextlib


class RWLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0
        self.max_readers = 0

    @contextlib.contextmanager
    def reading(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._waiting_writers == 0)
            self._readers += 1
            self.max_readers = max(self.max_readers, self._readers)
        try:
            yield self
        finally:
            with self._cond:
                self._readers -= 1
                if self._readers == 0:
                    self._cond.notify_all()

    @contextlib.contextmanager
    def writing(self):
        with self._cond:
            self._waiting_writers += 1
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._waiting_writers -= 1
            self._writer = True
        try:
            yield self
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class Config:
    def __init__(self):
        self.lock = RWLock()
        self.data = {"version": 0, "mode": "init"}
        self.reads = []

    def read(self, who):
        with self.lock.reading():
            snapshot = dict(self.data)
            time.sleep(0.001)
            assert snapshot == self.data, "torn read"
            return snapshot

    def update(self, **changes):
        with self.lock.writing() as lk:
            assert lk is self.lock
            version = self.data["version"]
            time.sleep(0.002)
            self.data.update(changes, version=version + 1)


def main():
    cfg = Config()
    seen = []
    seen_lock = threading.Lock()

    def reader(i):
        for _ in range(5):
            snap = cfg.read(i)
            with seen_lock:
                seen.append(snap["version"])

    def writer(mode):
        for k in range(3):
            cfg.update(mode=f"{mode}{k}")

    threads = [threading.Thread(target=reader, args=(i,), name=f"R{i}") for i in range(4)]
    threads += [threading.Thread(target=writer, args=(m,), name=f"W-{m}") for m in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("final version:", cfg.data["version"])
    print("mode ends with 2:", cfg.data["mode"][-1] == "2", cfg.data["mode"][0] in "ab")
    print("reads:", len(seen), "versions within range:", all(0 <= v <= 6 for v in seen))
    print("readers overlapped at most:", cfg.lock.max_readers <= 4)
    print("names:", sorted(t.name for t in threads))
    try:
        with cfg.lock.reading():
            raise LookupError("inside read")
    except LookupError as e:
        print("released after error:", cfg.lock._readers, e)
    with cfg.lock.writing():
        print("writer holds:", cfg.lock._writer)
    print("writer released:", cfg.lock._writer)


if __name__ == "__main__":
    main()
