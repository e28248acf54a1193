# compare_names: two names of unknown type compared (each may be a value
# that compares across types, so the front-end tests both first).
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
x, z = [1, 2]
for _ in range(N):
    y = x < z
