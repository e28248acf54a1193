# call_nested: a call of a function defined inside another one.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


def outer():
    def inner(x):
        return x
    return inner


f = outer()
for _ in range(N):
    f(1)
