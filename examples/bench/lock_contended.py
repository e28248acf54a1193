# lock_contended: 4 threads increment one counter under `with lock:`.
import threading

THREADS = 4
N = 200000
lock = threading.Lock()
counter = 0


def work():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
