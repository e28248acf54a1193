"""Parse CSV chunks in worker threads, aggregate with Counter/defaultdict, dump JSON."""
import csv
import io
import json
import queue
import threading
from collections import Counter, defaultdict, namedtuple

RAW = """city,product,qty,price
Москва,чай,3,120.50
Казань,кофе,1,340
Москва,кофе,2,340
Пермь,чай,5,99.9
Казань,сахар,10,45
Москва,сахар,4,45
Пермь,кофе,,340
Самара,чай,2,abc
Казань,чай,1,120.50
"""

Sale = namedtuple("Sale", "city product qty price")

lines = RAW.strip().splitlines()
header, rows = lines[0], lines[1:]
chunks = [rows[i:i + 3] for i in range(0, len(rows), 3)]

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        idx, chunk = item
        reader = csv.DictReader(io.StringIO("\n".join([header] + chunk)))
        good, bad = [], []
        for lineno, rec in enumerate(reader, start=2 + idx * 3):
            try:
                good.append(Sale(rec["city"], rec["product"], int(rec["qty"]), float(rec["price"])))
            except ValueError as exc:
                bad.append((lineno, str(exc)))
        results.put((idx, good, bad))
        tasks.task_done()


threads = [threading.Thread(target=worker, name=f"csv-{n}") for n in range(2)]
for t in threads:
    t.start()
for item in enumerate(chunks):
    tasks.put(item)
tasks.join()
for _ in threads:
    tasks.put(None)
for t in threads:
    t.join()

collected = sorted(results.get() for _ in range(results.qsize()))
by_city = defaultdict(float)
qty = Counter()
errors = []
for idx, good, bad in collected:
    for s in good:
        by_city[s.city] += s.qty * s.price
        qty[s.product] += s.qty
    errors.extend(bad)

print(f"{'Город':<8}|{'Выручка':>10}")
print("-" * 19)
for city, total in sorted(by_city.items(), key=lambda kv: -kv[1]):
    print(f"{city:<8}|{total:>10.2f}")
print("qty:", qty.most_common())
print("errors:", errors)

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["product", "qty"])
w.writerows(sorted(qty.items()))
print(out.getvalue(), end="")

report = {"cities": dict(sorted(by_city.items())), "errors": len(errors),
          "top": qty.most_common(1)[0]}
print(json.dumps(report, ensure_ascii=False, sort_keys=True))
print(json.dumps(report, indent=2)[:60])
back = json.loads(json.dumps(report))
print(back["top"], type(back["top"]).__name__, back == report)
