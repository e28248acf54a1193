# cpu_threads: 4 threads each compute fib(27); the GIL runs one at a time.
import threading

THREADS = 4
N = 27
results = []


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def work():
    results.append(fib(N))


threads = [threading.Thread(target=work) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results", results)
