# lock_uncontended: N acquire/release pairs on a lock nobody else wants.
import threading

N = 1000000
lock = threading.Lock()
for _ in range(N):
    lock.acquire()
    lock.release()
print("pairs", N)
