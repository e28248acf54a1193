# sys.setswitchinterval keeps whole microseconds, and getswitchinterval
# multiplies them by 1e-6, as CPython does: 0.1 reads back as
# 0.09999999999999999 and less than a microsecond as 0.0.
import sys

default = sys.getswitchinterval()
print(default, type(default).__name__)
for secs in (0.1, 0.001, 1e-6, 0.0123456789, 2, 1e-7, 0.3, 7.5e-6, True):
    sys.setswitchinterval(secs)
    print(f"{secs!r:>14} -> {sys.getswitchinterval()!r}")
for bad in (0, -0.5, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
for bad in ("1", None):
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print(repr(bad), "TypeError:", e)
sys.setswitchinterval(default)
print(sys.getswitchinterval() == default)
