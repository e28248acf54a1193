# sys.version_info is a named tuple, as CPython's struct sequence: its
# fields by name, and comparisons, slices and unpacking as a tuple.
import sys
v = sys.version_info
print(v, repr(v), str(v), type(v))
print(v.major, v.minor, v.micro, v.releaselevel, v.serial, v[:2], v[0], len(v), list(v))
print(v >= (3, 8), v < (3, 12), v == (3, 11, 7, "final", 0), v[:2] == (3, 11), tuple(v))
print(f"{v.major}.{v.minor}", "%d.%d" % v[:2], isinstance(v, tuple))
major, minor, *_ = v
print(major, minor, hash(v) == hash(tuple(v)))
if sys.version_info < (3, 9):
    print("old")
else:
    print("new")
