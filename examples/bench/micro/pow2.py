# pow2: a small int squared with **.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
x = 12345
for _ in range(N):
    y = x ** 2
