# many_sleepers: N threads, each sleeping 1 s, started one after another.
# N comes from argv[1] (default 10000). With "gate" as argv[2], every
# thread first waits at an Event until all N have started, so that all N
# are alive at once (spindle's 1,000,000-thread check; CPython's
# Condition-based Event is very slow with that many waiters).
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
GATED = len(sys.argv) > 2 and sys.argv[2] == "gate"
gate = threading.Event()
if not GATED:
    gate.set()


def nap():
    gate.wait()
    time.sleep(1)


threads = [threading.Thread(target=nap) for _ in range(N)]
try:
    for t in threads:
        t.start()
    alive = threading.active_count() - 1
finally:
    gate.set()  # also when a start fails, so that the started threads end
for t in threads:
    t.join()
if GATED:
    print("slept", N, "alive at once:", alive == N)
else:
    print("slept", N)
