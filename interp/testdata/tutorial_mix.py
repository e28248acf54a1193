from threading import Thread, Lock, current_thread, active_count
from time import sleep, perf_counter
from queue import Queue, Empty
import sys

print(sys.argv[0].endswith("b1.py"), type(sys.argv).__name__)


def task(name: str, delay: float = 0.05) -> str:
    sleep(delay)
    return f"{name} done by {current_thread().name}"


results: list[str] = []
lock = Lock()


def runner(name):
    r = task(name)
    with lock:
        results.append(r)


threads = [Thread(target=runner, args=(f"job{i}",), name=f"W{i}") for i in range(3)]
[t.start() for t in threads]
[t.join() for t in threads]
print(*sorted(results), sep="\n")
print("active:", active_count())

q = Queue()
for i in range(5):
    q.put(i)
out = []
while True:
    try:
        out.append(q.get(timeout=0.01))
    except Empty:
        break
print(out, q.qsize())

start = perf_counter()
sleep(0.01)
print(perf_counter() - start >= 0.01)
print("%5.1f%%" % 12.345, "{:>8}".format("right"), f"{'left':<8}|", f"{3:03}", f"{1e6:.2e}", f"{-5:+d}")
nums = list(map(int, "1 2 3".split()))
print(nums, list(filter(lambda n: n % 2, nums)), dict(zip("abc", nums)))
print(" ".join(str(n) for n in reversed(nums)), sum(x ** 2 for x in nums))
text = "Многопоточность в Python"
print(text.lower(), text.title(), len(text.split()), text.count("о"), text.replace("Python", "spindle"))
print(f"{'таблица':^20}", f"|{'x':*^9}|", "{0}-{0}".format("ab"))
data = {"b": [3, 1], "a": [2]}
for key in sorted(data):
    print(key, sorted(data[key]), len(data[key]))
print(isinstance(data, dict), callable(print), hasattr(data, "keys"), getattr(data, "nope", "default"))
print(round(2.5), round(3.5), round(-2.5), round(1.23456, 3), int(3.99), float("3.5"), abs(-7), pow(2, 8), 7 / 2)
print(min([4, 2, 8]), max("abc"), sorted([3, 1, 2], reverse=True), list(range(10, 0, -3)))
print(bool(0), bool(""), bool([0]), None or "x", 0 and 1, not [])
print(chr(65), ord("A"), hex(255), bin(5), oct(8), divmod(-7, 2), -7 % 2)
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
