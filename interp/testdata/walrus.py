# Assignment expressions (PEP 572) in the places tutorials use them.
import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
q.put(None)
got = []
while (item := q.get()) is not None:
    got.append(item)
print("drained", got, "last item:", item)

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 4:
    print(f"list is too long ({n} elements, expected <= 4)")


def f(x):
    return x * 2 - 5


# In a comprehension the target binds in the enclosing scope.
values = [y for x in data if (y := f(x)) > 0]
print(values, "y after:", y)


def count_lines(lines):
    total = 0
    while (line := next(lines, None)) is not None:
        if (stripped := line.strip()):
            total += len(stripped)
    return total, line, stripped


print(count_lines(iter(["  ab ", "", "cde  "])))


def nested():
    found = None
    def search(items):
        nonlocal found
        for v in items:
            if (found := v) > 5:
                return True
        return False
    return search([1, 7, 3]), found


print(nested())

results = []
lock = threading.Lock()


def worker(k):
    with lock:
        results.append(total := k * k)
    return total


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print((z := 10), z + 1)
print([(w := 2) * w for _ in range(2)], w)


def shadow():
    print(before := "set inside", before)


shadow()
try:
    print(undefined_later)
except NameError as e:
    print("NameError:", e)
if (undefined_later := 5):
    print(undefined_later)
