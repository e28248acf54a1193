# timezone, altzone, daylight and tzname: their types and how they
# agree (their values depend on the machine's zone).
import time

print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__)
print(type(time.tzname).__name__, len(time.tzname), [type(n).__name__ for n in time.tzname])
print(time.daylight in (0, 1), time.daylight == (time.timezone != time.altzone))
print(time.timezone >= time.altzone, time.timezone % 900 == 0, -14 * 3600 <= time.timezone <= 12 * 3600)
print(all(len(n) > 0 for n in time.tzname), time.daylight or time.tzname[0] == time.tzname[1])
