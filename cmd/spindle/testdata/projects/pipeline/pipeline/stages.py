import queue
import threading
from concurrent.futures import ThreadPoolExecutor

_SENTINEL = object()


def square(x):
    return x * x


def keep_even(x):
    return x if x % 2 == 0 else None


class Pipeline:
    def __init__(self, *stages, workers=3):
        self.stages = stages
        self.workers = workers
        self.processed = 0
        self._lock = threading.Lock()

    def _stage(self, fn, inbox, outbox):
        while True:
            item = inbox.get()
            if item is _SENTINEL:
                outbox.put(_SENTINEL)
                return
            out = fn(item)
            with self._lock:
                self.processed += 1
            if out is not None:
                outbox.put(out)

    def run(self, items):
        queues = [queue.Queue() for _ in range(len(self.stages) + 1)]
        threads = [threading.Thread(target=self._stage, args=(fn, queues[i], queues[i + 1]), name=f"stage-{i}")
                   for i, fn in enumerate(self.stages)]
        for t in threads:
            t.start()
        for item in items:
            queues[0].put(item)
        queues[0].put(_SENTINEL)
        results = []
        while True:
            item = queues[-1].get()
            if item is _SENTINEL:
                break
            results.append(item)
        for t in threads:
            t.join()
        return results

    def map_parallel(self, fn, items):
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            return list(pool.map(fn, items))
