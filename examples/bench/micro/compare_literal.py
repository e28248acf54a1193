# compare_literal: a name of unknown type compared with an int literal.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
x, z = [1, 2]
for _ in range(N):
    y = x < 2
