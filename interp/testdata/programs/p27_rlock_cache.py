"""A memoizing tree walk with an RLock and functools.lru_cache."""
import functools
import threading

TREE = {"root": ["a", "b"], "a": ["a1", "a2"], "b": ["b1"], "a1": [], "a2": ["x"], "b1": [], "x": []}


class Walker:
    def __init__(self):
        self.lock = threading.RLock()
        self.sizes = {}
        self.visits = 0

    def size(self, node):
        with self.lock:
            self.visits += 1
            if node not in self.sizes:
                self.sizes[node] = 1 + sum(self.size(c) for c in TREE[node])
            return self.sizes[node]


@functools.lru_cache(maxsize=32)
def depth(node):
    kids = TREE[node]
    return 1 + max((depth(k) for k in kids), default=0)


def main():
    w = Walker()
    out = []
    ts = [threading.Thread(target=lambda n=n: out.append((n, w.size(n)))) for n in ["root", "a", "b"]]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(out))
    print("cached nodes:", sorted(w.sizes))
    print("depth root:", depth("root"), depth.cache_info())
    depth.cache_clear()
    print("after clear:", depth.cache_info())
    r = threading.RLock()
    r.acquire()
    r.acquire()
    print("rlock repr has count 2:", "count=2" in repr(r))
    r.release()
    r.release()
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    results = []

    def other():
        results.append(r.acquire(timeout=0.01))

    r.acquire()
    t = threading.Thread(target=other)
    t.start()
    t.join()
    r.release()
    print("other thread could take held rlock:", results)

    @functools.wraps(depth)
    def wrapper(*a):
        return depth(*a)

    print(wrapper.__name__, functools.reduce(lambda x, y: x * y, [1, 2, 3, 4]))
    p = functools.partial(int, base=2)
    print(p("1011"), p.keywords)


if __name__ == "__main__":
    main()
