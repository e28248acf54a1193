# compare_items: two subscripts compared (neither a name nor a literal:
# the front-end's general form for comparisons across types).
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
a = [1, 2]
for _ in range(N):
    y = a[0] < a[1]
