d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items())
print(list(d.keys()), len(d.keys()), "a" in d.keys(), 2 in d.values(), ("b", 2) in d.items(), ("b", 3) in d.items())
for k, v in d.items():
    print(k, v)
print(sorted(d.items()), type(d.keys()).__name__, bool({}.keys()), list(zip(d.keys(), d.values())))
ks = d.keys()
d["c"] = 3
print(ks, max(d.values()), sum(d.values()), [k for k in d], {k: v for k, v in d.items()})
print(dict(d.items()), set(d.keys()) == {"a", "b", "c"}, tuple(d.values()))
