# datetime.fromisoformat with a UTC offset (Z, ±HH[:MM[:SS[.ffffff]]],
# basic or extended form) makes an aware datetime; zero is timezone.utc.
import datetime as d
for s in ['2024-02-29T12:00:00+03:00','2024-02-29T12:00:00Z','2024-02-29 12:00-0530','2024-02-29T12:00:00+00:00','2024-02-29T12:00:00.5+01','2024-02-29T12:00:00+03:00:30','2024-02-29T12+25:00', '2024-02-29T12:00:00+03:00:30.000001', '2024-02-29T12:00:00+3', '2024-02-29T12:00:00+03:00Z', '20240229T120000-0100', '2024-02-29T12:00:00']:
    try:
        x = d.datetime.fromisoformat(s); print(repr(x), x, x.utcoffset(), x.tzname())
    except Exception as e:
        print(repr(e))
a = d.datetime.fromisoformat("2024-01-01T00:00:00+03:00")
b = d.datetime.fromisoformat("2023-12-31T21:00:00Z")
print(a == b, a - b, a.astimezone(d.timezone.utc), a.isoformat(), a.timestamp())
try:
    d.timezone(d.timedelta(hours=25))
except ValueError as e:
    print(e)
