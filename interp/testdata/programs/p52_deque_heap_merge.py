"""Sorted runs from threads merged with heapq; recent events in a bounded deque."""
import heapq
import threading
from collections import deque, namedtuple, Counter, ChainMap

Event = namedtuple("Event", ["ts", "source", "kind", "payload"], defaults=[None])


def make_events(source, seed):
    ts = seed
    events = []
    for i in range(6):
        ts += (seed * 7 + i * 3) % 5 + 1
        kind = ["start", "tick", "tick", "warn", "tick", "stop"][i]
        events.append(Event(ts, source, kind, i if kind == "tick" else None))
    return events


def main():
    runs = {}
    lock = threading.Lock()

    def producer(name, seed):
        evs = make_events(name, seed)
        with lock:
            runs[name] = evs

    ts = [threading.Thread(target=producer, args=(n, s)) for n, s in [("db", 1), ("web", 2), ("cache", 3)]]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    merged = list(heapq.merge(*(runs[k] for k in sorted(runs)), key=lambda e: (e.ts, e.source)))
    print("merged:", len(merged), "first:", merged[0], "last ts:", merged[-1].ts)
    recent = deque(maxlen=4)
    for e in merged:
        recent.append(f"{e.ts}:{e.source}:{e.kind}")
    print(list(recent), recent.maxlen)
    recent.rotate(1)
    print(recent[0], recent[-1])
    recent.appendleft("first")
    print(recent, len(recent))
    d = deque([1, 2, 3, 4, 5])
    d.rotate(-2)
    d.extendleft([0, -1])
    print(d, d.count(3), d.index(4), d.pop(), d.popleft())
    d.remove(3)
    d.reverse()
    print(list(d), 5 in d, d[1], deque("abc", maxlen=2), deque() == deque([]))
    heap = []
    for e in merged:
        if e.kind == "tick":
            heapq.heappush(heap, (-e.payload, e.ts, e.source))
    print("top ticks:", [heapq.heappop(heap) for _ in range(3)])
    print("3 smallest ts:", heapq.nsmallest(3, merged, key=lambda e: e.ts))
    print("2 largest payloads:", heapq.nlargest(2, (e.payload for e in merged if e.payload is not None)))
    nums = [5, 1, 8, 3, 9, 2]
    heapq.heapify(nums)
    print(nums[0], heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 7), sorted(nums))
    kinds = Counter(e.kind for e in merged)
    print(kinds, kinds.total(), kinds["missing"], +kinds, list(kinds.elements())[:3])
    e = merged[0]
    print(e._fields, e._field_defaults, e._replace(kind="x").kind, Event._make([1, "s", "k", None]))
    ts0, src, *rest = e
    print(ts0, src, rest, e.ts == e[0], len(e))
    defaults = {"timeout": 30, "retries": 3}
    env = {"retries": 5}
    cli = {"verbose": True}
    cfg = ChainMap(cli, env, defaults)
    print(cfg["retries"], cfg["timeout"], cfg.get("verbose"), len(cfg), sorted(cfg))
    child = cfg.new_child({"timeout": 1})
    print(child["timeout"], cfg["timeout"], child.maps[0], dict(child.parents) == dict(cfg))


if __name__ == "__main__":
    main()
