# A Thread subclass whose __init__ forgets Thread.__init__: start and
# join raise RuntimeError, the other methods fail an assertion.
import threading


class Bad(threading.Thread):
    def __init__(self, n):
        self.n = n

    def run(self):
        print("run", self.n)


b = Bad(1)
try:
    b.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    b.is_alive()
except AssertionError as e:
    print("AssertionError:", e)
b.start()
