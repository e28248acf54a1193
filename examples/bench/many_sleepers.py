# many_sleepers: N threads alive at once, each sleeping 1 s.
# N comes from the first argument (default 10000).
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000


def nap():
    time.sleep(1)


threads = [threading.Thread(target=nap) for _ in range(N)]
for t in threads:
    t.start()
alive = threading.active_count() - 1
for t in threads:
    t.join()
print("slept", N, "all started:", alive > 0)
