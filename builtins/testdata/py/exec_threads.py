# Threads run exec and eval at once, each in its own namespace and in a
# shared one under a lock: the results are those of any order.
import threading

shared = {"total": 0}
lock = threading.Lock()
results = {}


def work(n):
    ns = {"n": n}
    exec("def cube(v):\n    return v ** 3\nout = [cube(i) for i in range(n)]", ns)
    results[n] = (ns["out"], eval("sum(out) + n", ns))
    for _ in range(100):
        with lock:
            exec("total += 1", shared)


threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
print(shared["total"])
