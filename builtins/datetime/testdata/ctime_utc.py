# ctime() of dates and datetimes; datetime.utcnow and utcfromtimestamp.
import datetime as dt

print(dt.date(2024, 3, 5).ctime(), "|", dt.datetime(2024, 12, 25, 7, 8, 9, 5).ctime())
print(dt.datetime.utcfromtimestamp(86400), dt.datetime.utcfromtimestamp(1.5), dt.datetime.utcfromtimestamp(0).tzinfo)
skew = dt.datetime.utcnow() - dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
print(abs(skew.total_seconds()) < 5, dt.datetime.utcnow().tzinfo)
try:
    dt.datetime.utcfromtimestamp("x")
except TypeError as e:
    print("TypeError:", e)
