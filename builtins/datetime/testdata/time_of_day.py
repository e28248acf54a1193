import datetime as dt
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
d = dt.datetime(2024, 3, 5, 14, 7, 9, 123456)
t = d.time()
show("time", lambda: (t, str(t), t.isoformat(), t.isoformat("minutes"), t.hour, t.minute, t.second, t.microsecond))
show("ctor", lambda: (dt.time(9), dt.time(9, 30), dt.time(9, 30, 15), dt.time(), dt.time(hour=23, minute=59, second=59, microsecond=999999)))
show("str", lambda: (str(dt.time(9, 5)), f"{dt.time(9, 5):%H.%M}", format(dt.time(1, 2, 3), ""), dt.time(8, 0).strftime("%I:%M %p")))
show("cmp", lambda: (dt.time(9) < dt.time(17), sorted([dt.time(12), dt.time(8, 30)]), dt.time(9) == dt.time(9, 0, 0)))
show("open", lambda: [dt.time(9) <= x.time() < dt.time(18) for x in (d, d.replace(hour=20))])
show("bad", lambda: dt.time(24))
show("bad min", lambda: dt.time(1, 60))
show("replace", lambda: t.replace(hour=1, microsecond=0))
show("combine", lambda: dt.datetime.combine(dt.date(2024, 1, 2), dt.time(3, 4)))
show("combine bad", lambda: dt.datetime.combine(dt.date(2024, 1, 2), 5))
show("isocalendar", lambda: [tuple(x.isocalendar()) for x in (dt.date(2024, 2, 29), d, dt.date(2021, 1, 3))])
ic = dt.date(2024, 12, 30).isocalendar()
show("iso fields", lambda: (ic.year, ic.week, ic.weekday, ic[0], tuple(ic)))
show("type", lambda: (type(t).__name__, isinstance(t, dt.time), dt.time.__name__))
show("hash", lambda: len({dt.time(1), dt.time(1, 0), dt.time(2)}))
show("time arith", lambda: dt.time(1) + dt.timedelta(hours=1))
