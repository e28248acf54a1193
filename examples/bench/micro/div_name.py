# div_name: a true division by a name (the front-end tests the divisor
# for a numeric zero first, to word ZeroDivisionError as CPython does).
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
x, z = [7, 2]
for _ in range(N):
    y = x / z
