# str.format_map, and dates and datetimes in f-strings and format() with
# strftime specs.
import datetime
import threading

row = "{name:<6}|{score:>6.1f}|"
print(row.format_map({"name": "Ann", "score": 91.25}), str.format_map("{a}-{b}", {"a": 1, "b": 2}))
stamp = datetime.datetime(2024, 3, 5, 14, 7, 9)
log = []


def record(i):
    log.append(f"[{stamp + datetime.timedelta(minutes=i):%H:%M}] job {i}")


ts = [threading.Thread(target=record, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
    t.join()
print("\n".join(log))
print(f"{stamp:%d.%m.%Y}", f"{stamp}", format(stamp.date(), "%A, %d %B"), "{:%Y/%m}".format(stamp), f"{stamp.date()!s:>12}|", f"{stamp.date()}")
