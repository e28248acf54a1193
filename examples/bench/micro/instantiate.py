# instantiate: a class instantiated, its __init__ setting one attribute.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


class P:
    def __init__(self, x):
        self.x = x


for i in range(N):
    p = P(i)
