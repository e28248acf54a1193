# is_none: an identity test against None.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
x = 1
for _ in range(N):
    y = x is None
