# Generators consumed by other threads, threads started inside generator
# bodies, and a long-running body preempted by the switch interval.
import threading
import time


def counter(name, n):
    for i in range(n):
        yield name + str(i)


def consume(gen, out):
    for v in gen:
        out.append(v)
    out.append(threading.current_thread().name)


out = []
t = threading.Thread(target=consume, args=(counter("a", 3), out), name="T1")
t.start()
t.join()
print(out)

res = {}


def worker(k):
    res[k] = list(counter(k, 200))


ts = [threading.Thread(target=worker, args=(k,)) for k in "xy"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(res["x"]), len(res["y"]), res["x"][-1], res["y"][-1])


def names():
    yield threading.current_thread().name
    t = threading.Thread(target=lambda: print("thread started in a generator ran"))
    t.start()
    t.join()
    time.sleep(0.01)
    yield threading.current_thread().name


print(list(names()))
shared = counter("s", 4)
print(next(shared))
t = threading.Thread(target=consume, args=(shared, out), name="T2")
t.start()
t.join()
print(out[4:])

flag = []


def spin():
    n = 0
    while not flag:
        n += 1
    yield n > 0


def setter():
    time.sleep(0.05)
    print("setter ran while the generator looped")
    flag.append(1)


threading.Thread(target=setter).start()
print(list(spin()))
lock = threading.Lock()


def locked():
    with lock:
        yield "in lock"
    yield "out of lock"


print(list(locked()), lock.locked())
