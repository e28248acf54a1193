"""Threads run to completion, a non-daemon worker keeps going while main raises;
CPython prints main's traceback, waits for the worker, and exits with status 1."""
import threading
import time
import sys

finished = []


def worker(name, delay):
    time.sleep(delay)
    finished.append(name)
    print(f"{name} закончил", flush=True)


class Budget:
    def __init__(self, limit):
        self.limit = limit
        self.spent = 0

    def spend(self, amount):
        if self.spent + amount > self.limit:
            raise OverflowError(f"budget {self.limit} exceeded: {self.spent} + {amount}")
        self.spent += amount

    def __repr__(self):
        return f"Budget(limit={self.limit}, spent={self.spent})"


t = threading.Thread(target=worker, args=("фон", 0.1), name="background")
t.start()
b = Budget(100)
for amount in (30, 40, 20):
    b.spend(amount)
    print("spent", amount, b)
print("alive:", t.is_alive(), file=sys.stdout)
sys.stdout.flush()
b.spend(50)
print("never printed")
