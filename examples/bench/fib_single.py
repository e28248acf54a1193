# fib_single: fib(30) with no threads: pure bytecode speed.
N = 30


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", fib(N))
