# empty: the bare loop every other construct is measured against.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
for _ in range(N):
    pass
