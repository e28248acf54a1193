# An exception raised by an iterator ends a for loop and propagates:
# a user __next__, a deque mutated in the loop, Executor.map's results.
from collections import deque
from concurrent.futures import ThreadPoolExecutor


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        if self.n == 2:
            raise ValueError("two is unlucky")
        self.n -= 1
        return self.n + 1


try:
    for x in Countdown(4):
        print("got", x)
except ValueError as e:
    print("ValueError:", e)

print([x for x in Countdown(1)])
for x in Countdown(1):
    print("ok", x)

d = deque([1, 2])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)

with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for r in pool.map(lambda x: 10 // x, [5, 2, 0, 1]):
            print("r =", r)
    except ZeroDivisionError as e:
        print("map raised:", e)
    results = pool.map(lambda x: 10 // x, [1, 0])
    try:
        for r in results:
            print("r =", r)
    except ZeroDivisionError as e:
        print("map raised again:", e)
print("done")
