# unpack_for: a for loop unpacking each tuple item into two names.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
pairs = [(1, 2)] * 1000
for _ in range(N // 1000):
    for a, b in pairs:
        pass
