"""Generators feed a pool of workers; results flow back through a queue (itertools recipes)."""
import itertools
import queue
import threading
from collections import defaultdict, namedtuple
from typing import Iterator, Iterable

Reading = namedtuple("Reading", ["sensor", "seq", "value"])


def readings(sensors: Iterable[str], per_sensor: int) -> Iterator[Reading]:
    counter = itertools.count(1)
    for round_no in range(per_sensor):
        for s in sensors:
            yield Reading(s, next(counter), (round_no * 7 + len(s) * 3) % 11)


def chunked(it: Iterable, size: int) -> Iterator[list]:
    it = iter(it)
    while batch := list(itertools.islice(it, size)):
        yield batch


def moving_average(values: Iterable[float], window: int) -> Iterator[float]:
    win = []
    for v in values:
        win.append(v)
        if len(win) > window:
            win.pop(0)
        yield sum(win) / len(win)


tasks: "queue.Queue[list[Reading] | None]" = queue.Queue(maxsize=2)
results: "queue.Queue[tuple[int, dict]]" = queue.Queue()


def worker(wid: int) -> None:
    for batch in iter(tasks.get, None):
        summary = defaultdict(list)
        for r in batch:
            summary[r.sensor].append(r.value)
        results.put((batch[0].seq, dict(summary)))
    results.put((-1, {"worker": wid}))


sensors = ["t1", "hum", "pressure"]
workers = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(3)]
for w in workers:
    w.start()
batches = 0
for batch in chunked(readings(sensors, 5), 4):
    tasks.put(batch)
    batches += 1
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()

collected = sorted((results.get() for _ in range(results.qsize())), key=lambda x: x[0])
finished = [d["worker"] for seq, d in collected if seq == -1]
merged = defaultdict(list)
for seq, d in collected:
    if seq == -1:
        continue
    for sensor, vals in d.items():
        merged[sensor].extend(vals)

print("batches:", batches, "finished workers:", sorted(finished))
for sensor in sorted(merged, key=lambda s: (len(s), s)):
    vals = merged[sensor]
    avg = [round(a, 2) for a in moving_average(vals, 3)]
    print(f"{sensor:>9}: {vals} -> {avg}")

pairs = list(itertools.pairwise(merged["t1"]))
print("deltas:", [b - a for a, b in pairs])
print("groups:", [(k, len(list(g))) for k, g in itertools.groupby(sorted(merged["hum"]))])
print("acc:", list(itertools.accumulate(merged["pressure"], max)))
print("product:", list(itertools.product("ab", repeat=2))[:3], list(itertools.combinations(sensors, 2)))
print("cycle:", list(itertools.islice(itertools.cycle(sensors), 5)))
print("compress:", list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2])))
print("tee:", [list(t) for t in itertools.tee(range(3), 2)], list(itertools.chain.from_iterable([[1], [2, 3]])))
gen = readings(["x"], 2)
print(next(gen), list(gen), next(gen, "exhausted"))
