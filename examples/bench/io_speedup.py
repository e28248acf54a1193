# io_speedup: 50 threads each wait 0.2 s (as for I/O); the waits overlap.
import threading
import time

N = 50
DELAY = 0.2
done = []


def fetch(i):
    time.sleep(DELAY)
    done.append(i)


threads = [threading.Thread(target=fetch, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("fetched", len(done))
