# The containers of collections show the __repr__ of the user objects
# they hold, as CPython's do.
import collections


class Task:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Task(%r)" % self.name


class Loud:
    def __repr__(self):
        raise ValueError("no repr")


t = Task("a")
print(collections.OrderedDict(first=t), collections.OrderedDict())
print(collections.deque([t, Task("b")]), collections.deque([t], maxlen=3))
print(collections.ChainMap({"k": t}, {"j": [t]}))
print(collections.Counter({t: 2}), collections.Counter())
d = collections.defaultdict(list)
d["x"].append(t)
print(d, [collections.deque([t])], {"od": collections.OrderedDict(x=t)})
print(repr(collections.deque([t])), str(collections.OrderedDict(t=t)), f"{collections.deque([t])}")
try:
    repr(collections.deque([Loud()]))
except ValueError as e:
    print("ValueError:", e)
