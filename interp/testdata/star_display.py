# Unpacking in list displays ([*a, b]) and starred list targets.
import sys
a = (1, 2)
print([*a, 3], [0, *a, *"xy"], [*a], [*range(3), *{4: 5}])
[x, *y] = [1, 2, 3]
print(x, y)
