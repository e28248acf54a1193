"""Thread-safe sequential ids from itertools.count, formatted as order numbers."""
import itertools
import threading
from collections import defaultdict


class IdGenerator:
    def __init__(self, prefix, start=1):
        self._counter = itertools.count(start)
        self._lock = threading.Lock()
        self.prefix = prefix

    def next_id(self):
        with self._lock:
            n = next(self._counter)
        return f"{self.prefix}-{n:05d}"


def main():
    gen = IdGenerator("ORD", start=100)
    by_thread = defaultdict(list)
    lock = threading.Lock()

    def take(name, k):
        got = [gen.next_id() for _ in range(k)]
        with lock:
            by_thread[name].extend(got)

    ts = [threading.Thread(target=take, args=(f"t{i}", 25)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    all_ids = sorted(x for v in by_thread.values() for x in v)
    print("total:", len(all_ids), "unique:", len(set(all_ids)))
    print("first/last:", all_ids[0], all_ids[-1])
    print("per thread:", {k: len(v) for k, v in sorted(by_thread.items())})
    print("each increasing:", all(v == sorted(v) for v in by_thread.values()))
    print("next after threads:", gen.next_id())
    c = itertools.count(0, 0.5)
    print([next(c) for _ in range(4)], repr(c))
    ids = [f"{i:#06x}" for i in range(250, 254)]
    print(ids, format(7, "08b"), f"{1234567:,}", f"{0.5:.1%}")


if __name__ == "__main__":
    main()
