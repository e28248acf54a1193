# graphlib.TopologicalSorter: static order, ready groups, cycles and misuse.
import graphlib
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]})
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
print([*ts.static_order()])
ts = TopologicalSorter({"build": ["compile", "assets"], "compile": ["fetch"], "assets": ["fetch"], "test": ["build"], "deploy": ["test", "build"]})
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(sorted(ready))
    ts.done(*ready)
print(rounds, bool(ts))
for g in [{"a": ["b"], "b": ["a"]}, {1: [2], 2: [3], 3: [1], 4: [1]}, {"x": ["x"]}, {"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"]}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print("CycleError:", e.args, isinstance(e, ValueError))
ts = TopologicalSorter({"b": ["a"]})
for bad in [ts.get_ready, ts.is_active, lambda: ts.done("a")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
ts.prepare()
for bad in [ts.prepare, lambda: ts.add("c"), lambda: ts.done("b"), lambda: ts.done("zz")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(ts.get_ready(), ts.get_ready())
ts.done("a")
try:
    ts.done("a")
except ValueError as e:
    print("ValueError:", e)
print(ts.get_ready(), ts.is_active())
ts.done("b")
print(ts.is_active(), graphlib.CycleError.__module__, TopologicalSorter.__module__)
