# Generator expressions are iterators (next with a default, exhausted after
# one pass), and iter(callable, sentinel) drains a queue in a worker.
import queue
import threading
ts = [threading.Thread(target=print, name=f"t{i}") for i in range(3)]
print(next((t.name for t in ts if t.name == "t1"), None), next((t for t in ts if t.name == "zz"), "none"))
g = (x * x for x in range(4))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(5)), "-".join(str(x) for x in range(3)), max(len(s) for s in ["a", "bcd"]), sorted((y for y in [3, 1]), reverse=True))
print(set(c for c in "abca") == {"a", "b", "c"}, dict((k, k * 2) for k in range(2)), tuple(i for i in "ab"), any(x > 2 for x in [1, 3]), all(x for x in []))
print(list(enumerate(x for x in "ab")), list(zip((a for a in [1, 2]), "xy")), min((v for v in [4, 2]), default=0))
for i, v in enumerate(x + 1 for x in range(2)):
    print(i, v)
total = sum(t.is_alive() for t in ts)
print(total, type(g).__name__)

q = queue.Queue()
out = []


def consumer():
    for item in iter(q.get, None):
        out.append(item * 2)


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    q.put(i)
q.put(None)
c.join()
print(out)
lines = iter(["a", "b", "", "c"].pop, "b")
print(list(lines))
try:
    iter(5, None)
except TypeError as e:
    print("TypeError:", e)
