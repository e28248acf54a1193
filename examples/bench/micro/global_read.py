# global_read: a function reading a module global.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
g = 1


def read():
    return g


for _ in range(N):
    read()
