# time: gmtime and strftime of fixed instants, struct_time fields, the
# clocks' types and monotonicity, and sleep (only behaviour that is the
# same on every run and host).
import time

for secs in (0, 86399, 951782400, 1700000000.75, -1):
    t = time.gmtime(secs)
    print(t)
    print(tuple(t), t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t[0], t[-1], len(t))

t = time.gmtime(1700000000)
for fmt in ("%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%d/%m/%y %I %p", "%j %w %%", "%H:%M день", ""):
    print(repr(time.strftime(fmt, t)))

print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.monotonic_ns()).__name__, type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__)
print(time.time() > 1e9, time.time_ns() > 10 ** 18)
a, b = time.monotonic(), time.monotonic()
c, d = time.perf_counter_ns(), time.perf_counter_ns()
print(b >= a, d >= c)
print(time.sleep(0), time.sleep(0.001), time.sleep(False))
print(type(time.gmtime()).__name__, type(time.localtime()).__name__, type(time.ctime()).__name__, len(time.ctime(0)))
