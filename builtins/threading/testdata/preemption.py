# A busy thread must not starve a thread that sleeps and prints:
# preemption hands the GIL over every switch interval.
import threading
import time

stop = False


def busy():
    n = 0
    while not stop:
        n += 1


def ticker():
    for i in range(5):
        time.sleep(0.01)
        print("tick", i)


b = threading.Thread(target=busy)
t = threading.Thread(target=ticker)
b.start()
t.start()
t.join()
stop = True
b.join()
print("busy thread stopped")
