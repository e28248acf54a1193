# set_in: membership of an int in a set of 1000.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
s = set(range(0, 2000, 2))
n = 0
for i in range(N):
    if i % 2000 in s:
        n += 1
