# with_lock: a with statement on an uncontended threading.Lock.
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
lock = threading.Lock()
for _ in range(N):
    with lock:
        pass
