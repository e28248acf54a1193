import threading
import time
import timeit

# the classic I/O-bound comparison: sequential vs threaded "downloads"
done = []


def download(i):
    time.sleep(0.01)
    done.append(i)


def sequential():
    for i in range(3):
        download(i)


def threaded():
    threads = [threading.Thread(target=download, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


start = timeit.default_timer()
sequential()
elapsed = timeit.default_timer() - start
print(type(elapsed).__name__, elapsed > 0, len(done))

t_seq = timeit.timeit(sequential, number=2)
t_thr = timeit.timeit(threaded, number=2)
print(type(t_seq).__name__, t_seq > 0, t_thr > 0, len(done))

calls = []


def work():
    calls.append(1)


print(timeit.timeit(work, number=0) >= 0, len(calls))
timeit.timeit(work, number=5)
print(len(calls))
timeit.timeit("calls.append(2)", globals={"calls": calls}, number=3)
print(calls[-4:])
timeit.timeit("work()", setup="from __main__ import work", number=2)
print(len(calls))
timeit.timeit("acc.append(len(acc))", setup="acc = []\nacc.append('s')\nout.append(acc)", globals={"out": calls}, number=4)
print(calls[-1])
timeit.timeit("for k in range(3):\n    calls.append(k)", globals=globals(), number=1)
print(calls[-3:])
setups = []
timeit.timeit(work, setup=lambda: setups.append("setup"), number=3)
print(setups, len(calls))
r = timeit.repeat(work, repeat=3, number=2)
print(type(r).__name__, len(r), all(x >= 0 for x in r), len(calls))
print(len(timeit.repeat("pass", number=10)))

ticks = [0.0]


def fake_timer():
    ticks[0] += 0.5
    return ticks[0]


print(timeit.timeit("pass", timer=fake_timer, number=10))
tm = timeit.Timer("x = 1", timer=fake_timer)
print(tm.timeit(3), tm.repeat(2, 1), tm.autorange())
steps = []
print(timeit.Timer(work, timer=fake_timer).autorange(lambda n, t: steps.append((n, t))), steps)
print(type(tm).__name__, callable(tm.inner), tm.timer is fake_timer)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
