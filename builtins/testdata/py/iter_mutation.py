# next() on a dict iterator after the dict grew.
d = {1: 2}
it = iter(d)
print(next(it))
d[5] = 6
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
