# asctime formats a struct_time or 9-tuple (with the weekday it gives);
# mktime inverts localtime.
import time

g = time.gmtime(1_234_567_890)
print(time.asctime(g), time.asctime(time.gmtime(0)), len(time.asctime()))
print(time.asctime((2024, 1, 5, 3, 4, 5, 0, 0, 0)), time.asctime((2024, 1, 5, 3, 4, 5, 9, 0, 0)))
print(time.asctime((2024, 0, 15, 13, 4, 5, -1, 0, 0)), time.asctime((99, 12, 31, 0, 0, 0, 6, 0, 0)))
for secs in (0, 1000, 1_700_000_000):
    print(time.mktime(time.localtime(secs)) == secs, type(time.mktime(time.localtime(secs))).__name__)
for f, args in [(time.asctime, ((1, 2),)), (time.asctime, (5,)), (time.asctime, ((2024, 13, 5, 3, 4, 5, 0, 0, 0),)),
                (time.asctime, ((2024, 1, 5, 3, 4, 5, -2, 0, 0),)), (time.asctime, ((2024, 1, 5, 3, 4, 5, 0, 0, 0.5),)),
                (time.asctime, (g, g)), (time.mktime, ()), (time.mktime, ((1, 2),)), (time.mktime, ("x",))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
