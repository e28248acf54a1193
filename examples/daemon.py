# Daemon threads are abandoned when the main thread ends; non-daemon
# threads are waited for.
import threading
import time


def heartbeat():
    while True:
        time.sleep(0.1)


def worker():
    time.sleep(0.3)
    print("worker: finished (the program waited for me)")


threading.Thread(target=heartbeat, daemon=True, name="heartbeat").start()
threading.Thread(target=worker, name="worker").start()
print("main: done; 'worker' is not a daemon, so it is waited for")
print("main: 'heartbeat' is a daemon, so it is abandoned")
