import datetime as dt
a = dt.date(2024, 2, 29).isocalendar()
b = dt.datetime(2024, 2, 29, 5).isocalendar()
print(a, repr(b), str(a), [a], a == b, a == (2024, 9, 4), (2024, 9, 4) == a, a.week, a[1], tuple(a), len(a), list(a))
y, w, d = a
print(y, w, d, type(a).__name__, a != b, sorted([dt.date(2024, 5, 1).isocalendar(), a]))
print(a.count(4), a.index(9) if hasattr(a, "index") else "")
