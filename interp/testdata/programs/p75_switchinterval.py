"""sys.getswitchinterval/setswitchinterval around a CPU-bound counting race."""
import sys
import threading
import time

orig = sys.getswitchinterval()
print('default interval:', orig)
sys.setswitchinterval(0.001)
print('set to:', sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setswitchinterval(-1.0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setswitchinterval('fast')
except TypeError as e:
    print('TypeError:', e)

counter = 0
lock = threading.Lock()


def count_locked(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=count_locked, args=(20000,)) for _ in range(4)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print('locked counter:', counter, 'elapsed positive:', elapsed > 0)

sys.setswitchinterval(1e-6)
print('tiny interval accepted:', sys.getswitchinterval() > 0)
sys.setswitchinterval(orig)
print('restored:', sys.getswitchinterval() == orig)

switches = []


def spinner(name, n):
    total = 0
    for i in range(n):
        total += i * i
    switches.append((name, total))


ts = [threading.Thread(target=spinner, args=(f's{i}', 5000 * (i + 1))) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(switches))

t0 = time.perf_counter()
time.sleep(0.01)
t1 = time.perf_counter()
print('perf_counter monotonic:', t1 > t0, 'slept >= 9ms:', t1 - t0 >= 0.009)
m0 = time.monotonic()
ns0 = time.perf_counter_ns()
print(type(m0).__name__, type(ns0).__name__, time.perf_counter_ns() >= ns0)
print('process_time_ns type:', type(time.process_time_ns()).__name__)
print('process_time >= 0:', time.process_time() >= 0)
