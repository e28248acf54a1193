# date, datetime and time min/max/resolution, timedelta.resolution, and
# differences of dates more than 292 years apart.
import datetime as d
print(repr(d.date.min), repr(d.date.max), repr(d.date.resolution), repr(d.datetime.min), repr(d.datetime.max), repr(d.datetime.resolution))
print(repr(d.timedelta.resolution), repr(d.time.min), repr(d.time.max), repr(d.time.resolution))
print(d.date.max - d.date.min, d.datetime.max - d.datetime(9999, 1, 1), d.date.min + d.date.resolution)
best = d.datetime.min
for x in [d.datetime(2024, 5, 1), d.datetime(2023, 1, 1)]:
    best = max(best, x)
print(best, str(d.time.max), d.date.min.isoformat())
print(d.datetime(2024, 1, 1) - d.datetime(1500, 1, 1), d.date(9000, 6, 1) - d.date(100, 2, 3), (d.date.max - d.date.min).days)
