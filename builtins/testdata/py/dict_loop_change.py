d = {"a": 1, "b": 2}
for k in d:
    d[k] += 1
print(d)
for i, k in enumerate(d):
    print(i, k)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("caught:", e)
print(sorted(d))
for k in d:
    if k == "a":
        d["zz"] = 1
        break
else:
    print("no break")
print(len(d))
it = iter(d)
try:
    for k in it:
        d.pop("zz", None)
except RuntimeError as e:
    print("caught2:", e)
for k in d:
    print(k, end=" ")
else:
    print("else ran")
def f(dd):
    for i, k in enumerate(dd):
        dd[str(i) * 3] = i
f(d)
