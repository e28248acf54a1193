# set_add: set.add of an int (a set that grows, then re-adds).
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
s = set()
for i in range(N):
    s.add(i % 5000)
