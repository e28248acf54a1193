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
