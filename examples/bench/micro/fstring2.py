# fstring2: an f-string with two fields.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
a = 12
b = "ab"
for _ in range(N):
    s = f"{a}-{b}"
