# append: list.append of an int.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
lst = []
x = 1
for _ in range(N):
    lst.append(x)
