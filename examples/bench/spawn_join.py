# spawn_join: start and join N threads that do nothing.
import threading

N = 10000


def work():
    pass


threads = [threading.Thread(target=work) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("joined", len(threads))
