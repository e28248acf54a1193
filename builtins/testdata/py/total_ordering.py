# functools.total_ordering on user classes, as PriorityQueue items use it.
import functools
import queue

@functools.total_ordering
class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __eq__(self, other):
        return self.priority == other.priority
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return "Job(%d, %r)" % (self.priority, self.name)

a, b, c = Job(1, "a"), Job(2, "b"), Job(1, "c")
print(a < b, a <= b, a > b, a >= b)
print(a <= c, a >= c, a < c, a > c, a == c, a != b)
print(sorted([b, a, Job(0, "z")]), max([a, b]), min([b, c]))
q = queue.PriorityQueue()
for job in (Job(3, "low"), Job(1, "high"), Job(2, "mid")):
    q.put(job)
while not q.empty():
    print(q.get())

def make(root):
    ns = {}
    class K:
        def __init__(self, v):
            self.v = v
        def __eq__(self, other):
            return self.v == other.v
    def cmp(self, other):
        return {"__le__": self.v <= other.v, "__gt__": self.v > other.v, "__ge__": self.v >= other.v}[root]
    setattr(K, root, cmp)
    return functools.total_ordering(K)

for root in ("__le__", "__gt__", "__ge__"):
    K = make(root)
    x, y, z = K(1), K(2), K(1)
    print(root, [x < y, x <= y, x > y, x >= y, x < z, x <= z, x > z, x >= z, y < x, y >= x])

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __gt__(self, other):
        return self.parts > other.parts
print(Version(1, 2) < Version(1, 10), Version(2,) <= Version(1, 9), Version(1, 0) >= Version(1, 0))

class Sub(Job):
    pass
print(Sub(5, "s") > Job(4, "j"), Sub(5, "s") <= Sub(5, "t"))

try:
    @functools.total_ordering
    class Bare:
        pass
except ValueError as e:
    print("ValueError:", e)
