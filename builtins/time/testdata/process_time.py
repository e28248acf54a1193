# process_time and process_time_ns: the process's CPU time, which a busy
# loop advances and sleeping does not stop.
import time

a, ans = time.process_time(), time.process_time_ns()
print(type(a).__name__, type(ans).__name__, a >= 0, ans >= 0)
total = 0
deadline = time.process_time() + 0.02
while time.process_time() < deadline:
    total += 1
b, bns = time.process_time(), time.process_time_ns()
print('busy loop advances it:', b - a >= 0.02, bns > ans)
try:
    time.process_time(1)
except TypeError as e:
    print('TypeError:', e)

# thread_time and thread_time_ns: the calling thread's CPU time, which a
# busy loop advances (spindle measures the process's: see the module).
import threading

seen = {}


def spin(name):
    t0, n0 = time.thread_time(), time.thread_time_ns()
    end = time.thread_time() + 0.02
    while time.thread_time() < end:
        pass
    seen[name] = (type(t0).__name__, type(n0).__name__, time.thread_time() - t0 >= 0.02,
                  time.thread_time_ns() > n0)


worker = threading.Thread(target=spin, args=('worker',))
worker.start()
worker.join()
spin('main')
print(sorted(seen.items()))
try:
    time.thread_time_ns(None)
except TypeError as e:
    print('TypeError:', e)
