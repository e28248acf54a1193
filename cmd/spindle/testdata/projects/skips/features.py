import sys

HAS_FAST = False
PLATFORM = sys.platform


def parse_version(s):
    parts = s.split(".")
    return tuple(int(p) for p in parts)
