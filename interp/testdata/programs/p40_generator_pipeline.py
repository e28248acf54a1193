"""Generators feed a threaded pipeline; results are regrouped with itertools."""
import itertools
import queue
import threading

STOP = object()


def read_records():
    raw = """
    2024-01-03,north,widget,3,2.50
    2024-01-03,south,gadget,1,10.00
    2024-01-04,north,gadget,2,10.00
    2024-01-04,east,widget,10,2.50
    2024-01-05,south,widget,4,2.45
    bad line
    2024-01-05,east,doohickey,1,99.99
    """
    for lineno, line in enumerate(raw.strip().splitlines(), start=1):
        line = line.strip()
        parts = line.split(",")
        if len(parts) != 5:
            yield lineno, None
            continue
        day, region, item, qty, price = parts
        yield lineno, (day, region, item, int(qty), float(price))


def parse_stage(source, out):
    bad = 0
    for lineno, rec in source:
        if rec is None:
            bad += 1
            continue
        out.put(rec)
    out.put(STOP)
    return bad


def enrich_stage(inp, out):
    while (rec := inp.get()) is not STOP:
        day, region, item, qty, price = rec
        out.put({"day": day, "region": region, "item": item, "total": round(qty * price, 2)})
    out.put(STOP)


def drain(q):
    def gen():
        while True:
            item = q.get()
            if item is STOP:
                return
            yield item
    return list(gen())


def main():
    q1, q2 = queue.Queue(maxsize=2), queue.Queue()
    bad = []
    t1 = threading.Thread(target=lambda: bad.append(parse_stage(read_records(), q1)))
    t2 = threading.Thread(target=enrich_stage, args=(q1, q2))
    t1.start(); t2.start()
    rows = drain(q2)
    t1.join(); t2.join()
    print(f"{len(rows)} rows, {bad[0]} bad")
    keyf = lambda r: r["day"]
    for day, group in itertools.groupby(sorted(rows, key=keyf), key=keyf):
        group = list(group)
        print(day, len(group), f"{sum(r['total'] for r in group):8.2f}")
    regions = sorted({r["region"] for r in rows})
    print(regions)
    for a, b in itertools.zip_longest(regions, ["N", "S"], fillvalue="-"):
        print(f"{a}->{b}", end=" ")
    print()
    totals = list(itertools.accumulate(r["total"] for r in rows))
    print([f"{t:.2f}" for t in totals])
    print(list(itertools.takewhile(lambda t: t < 50, totals)))
    print(list(itertools.dropwhile(lambda r: r["region"] != "east", rows))[0]["item"])
    print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.repeat("x", 3)))
    cyc = itertools.cycle("RGB")
    print("".join(next(cyc) for _ in range(7)))
    starm = list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)]))
    print(starm, list(itertools.filterfalse(lambda x: x % 2, range(10))))
    a, b = itertools.tee(iter(range(4)))
    print(list(a), sum(b))
    gen = (r["item"] for r in rows)
    print(next(gen), next(gen), list(gen))
    print(list(itertools.chain.from_iterable([[1, 2], (3,), "ab"])))
    print(list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else "no batched")


if __name__ == "__main__":
    main()
