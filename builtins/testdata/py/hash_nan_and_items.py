# hash() of a tuple names its unhashable item's type; a float NaN hashes
# (in sets and as a dict key) without recursing forever.
import math

for v in [(1, [2]), ({1: 2},), ((1, {3}),), [1]]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
n = float("nan")
print(hash(n) == hash(n), {n: 1}.get(n), len({float("nan"), float("nan")}), len({n}), math.isnan(list({n})[0]))
print(abs(n), round(2.5), format(n, ">6.2f"), f"{-n}", {1.5, n, 2} >= {1.5})
