"""Custom iterators and generators feeding worker threads; yield from, send, and close."""
import threading
import queue


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Batches:
    """An iterator class (not a generator) that yields fixed-size batches."""

    def __init__(self, items, size):
        self.items = list(items)
        self.size = size
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.items):
            raise StopIteration
        batch = self.items[self.pos:self.pos + self.size]
        self.pos += self.size
        return batch

    def __len__(self):
        return -(-len(self.items) // self.size)


def chain_all(*iterables):
    for it in iterables:
        yield from it
    return "chained"


def averager():
    total, count = 0.0, 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count


def main():
    print(list(Countdown(5)), sum(Countdown(100)), max(Countdown(3)))
    b = Batches(range(10), 3)
    print(len(b), next(b), list(b), next(b, "done"))
    gen = chain_all("ab", [1, 2], Countdown(2))
    print(list(gen))
    g2 = chain_all([1])
    next(g2)
    try:
        next(g2)
    except StopIteration as e:
        print("return value:", e.value)
    avg = averager()
    next(avg)
    print([avg.send(x) for x in (10, 20, 60)])
    try:
        avg.send(None)
    except StopIteration as e:
        print("count:", e.value)

    q = queue.Queue()
    results = []
    lock = threading.Lock()

    def worker():
        while (batch := q.get()) is not None:
            with lock:
                results.append(sum(batch))
            q.task_done()
        q.task_done()

    ts = [threading.Thread(target=worker) for _ in range(3)]
    for t in ts:
        t.start()
    for batch in Batches(range(1, 21), 4):
        q.put(batch)
    for _ in ts:
        q.put(None)
    q.join()
    for t in ts:
        t.join()
    print(sorted(results), sum(results) == sum(range(1, 21)))

    def numbered(lines):
        try:
            for i, line in enumerate(lines, 1):
                yield f"{i:>2}: {line}"
        finally:
            print("generator cleaned up")

    g = numbered(["один", "два", "три"])
    print(next(g), next(g))
    g.close()
    print(list(g))
    it = iter([1, 2, 3])
    print(next(it), list(it), list(it))
    sentinel_iter = iter(iter([5, 4, 0, 3]).__next__, 0)
    print(list(sentinel_iter))
    print(list(zip(Countdown(3), "abc", strict=True)), list(enumerate(Countdown(2), start=10)))
    try:
        list(zip([1, 2], "a", strict=True))
    except ValueError as e:
        print("ValueError:", e)
    squares = (x * x for x in range(5))
    print(3 in squares, list(squares))
    print(sorted(Countdown(4), reverse=True), list(reversed([1, 2, 3])), any(x > 3 for x in Countdown(4)))


if __name__ == "__main__":
    main()
