import collections

d = collections.defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d), "a" in d, "c" in d, d.get("c"), "c" in d, d.default_factory == list)
print(sorted(d.keys()), d["zz"], d)
n = collections.defaultdict(int)
word = "mississippi"
for ch in [word[i] for i in range(len(word))]:
    n[ch] += 1
print(n, dict(n), n.pop("m"), n.setdefault("q", 9), n)
s = collections.defaultdict(set)
s["x"].add(1)
print(s, collections.defaultdict(None, {"k": 1}), collections.defaultdict(int, [("a", 1)], b=2))
z = collections.defaultdict(lambda: "default")
print(z["k"], list(z.items()))
z.__delitem__("k")
print(len(z), len(z.copy()), list(z))
for k in n:
    print(k, n[k])
o = collections.OrderedDict()
o["one"] = 1
o["two"] = 2
o["three"] = 3
print(o, list(o), o["two"], len(o))
o.move_to_end("one")
print(o)
o.move_to_end("three", last=False)
print(o, o.popitem(), o.popitem(last=False), o)
print(collections.OrderedDict(), collections.OrderedDict([("a", 1), ("b", 2)]) == collections.OrderedDict([("b", 2), ("a", 1)]))
print(collections.OrderedDict(a=1, b=2), collections.OrderedDict({"x": [1]}).copy())
