# I/O-bound work speeds up with threads: each thread waits in sleep (as it
# would on the network), and the waits overlap.
import threading
import time

N = 20
DELAY = 0.2


def fetch(i, results):
    time.sleep(DELAY)  # stands in for a download
    results[i] = i * i


results = {}
start = time.monotonic()
for i in range(N):
    fetch(i, results)
serial = time.monotonic() - start

results = {}
start = time.monotonic()
threads = [threading.Thread(target=fetch, args=(i, results)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
parallel = time.monotonic() - start

print(f"{N} downloads: serial about {N * DELAY:.1f} s, threaded about {DELAY:.1f} s")
print("same results:", sorted(results.values())[:5], "...")
print("threads were faster:", parallel < serial / 4)
