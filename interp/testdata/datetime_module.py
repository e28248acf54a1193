import datetime
from datetime import datetime as DT, timedelta, date

d = DT(2024, 3, 5, 14, 7, 9, 123456)
print(d, repr(d), d.isoformat(), d.isoformat(" "), d.isoformat(timespec="milliseconds"))
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %j %a %A %b %B %p %I %y %%"))
print(DT(2024, 1, 1), repr(DT(2024, 1, 1)), repr(DT(2024, 1, 1, 0, 0, 5)))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.weekday(), d.isoweekday())
print(repr(d.date()), d.date(), d.date().isoformat())
td = timedelta(seconds=1, microseconds=500000)
print(td, repr(td), td.total_seconds())
for t in [timedelta(0), timedelta(days=-1), timedelta(days=2, hours=3), timedelta(minutes=-1),
          timedelta(weeks=1, milliseconds=1), timedelta(hours=1.5), timedelta(seconds=0.0000015),
          timedelta(1, 2, 3), timedelta(days=1) * 3, 2 * timedelta(hours=5), timedelta(hours=1) * 0.5,
          timedelta(hours=1) / 3, timedelta(hours=1) // 7, -timedelta(seconds=5), timedelta(hours=25) % timedelta(days=1)]:
    print(str(t), repr(t), t.days, t.seconds, t.microseconds)
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7))
print(timedelta(1) > timedelta(0), timedelta(1) == timedelta(hours=24), bool(timedelta(0)))
e = DT(2024, 12, 31, 23, 59, 59) + timedelta(seconds=2)
print(repr(e), e - d, repr(e - d), d - e, DT(2024, 3, 10, 12) - timedelta(days=10))
print(timedelta(days=1) + DT(2024, 2, 28), d < e, d == DT(2024, 3, 5, 14, 7, 9, 123456))
dd = date(2024, 2, 29)
print(dd, repr(dd), dd.isoformat(), dd + timedelta(days=1), dd - date(2023, 2, 28), dd - timedelta(hours=1))
print(dd.strftime("%d/%m/%Y %A"), dd.replace(year=2028), d.replace(hour=0, microsecond=0))
print(type(d), type(dd), type(td), isinstance(d, date), isinstance(d, DT))
now = DT.now()
print(type(now).__name__, type(date.today()).__name__, (DT.now() - now) < timedelta(seconds=5))
ts = DT(2024, 3, 5, 14, 7, 9, 250000).timestamp()
print(repr(DT.fromtimestamp(ts)), repr(date.fromtimestamp(ts)))
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.datetime.today().year > 2000)
print(abs(DT.fromtimestamp(DT.now().timestamp()) - DT.now()) < timedelta(seconds=1))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), {timedelta(1): "a"}[timedelta(days=1)])

import threading
import time


def timed_worker(n, results):
    start = DT.now()
    time.sleep(0.01 * n)
    results[n] = DT.now() - start


results = {}
threads = [threading.Thread(target=timed_worker, args=(i, results)) for i in range(1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), all(isinstance(v, timedelta) for v in results.values()))
print(all(timedelta(0) <= v < timedelta(seconds=5) for v in results.values()))
