import threading
from concurrent.futures import ThreadPoolExecutor


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress


with Resource("a") as r:
    print("inside", r.name)

with Resource("b", suppress=True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with Resource("c"):
        {}["k"]
except KeyError as e:
    print("propagated", repr(e))

for i in range(3):
    with Resource(f"loop{i}") as res:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)


def f():
    with Resource("ret"):
        return "returned"


print(f())
total = 0
with Resource("assign"):
    total = 5
print("total", total)

lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("unlocked", lock.locked())

with ThreadPoolExecutor(max_workers=2) as executor:
    print(list(executor.map(lambda x: x * 2, [1, 2, 3])))
print("executor usable after with:", executor is not None)

with Resource("x") as a, Resource("y") as b:
    print("two", a.name, b.name)
