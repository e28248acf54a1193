# float("nan") equals nothing, itself included, wherever it comes from.
import math

print(float("nan") == float("nan"), float("nan") != float("nan"))
print(float("nan") < float("inf"), float("inf") > float("nan"), float("nan") >= 1.0)
print(math.nan == math.nan, math.inf - math.inf == 0.0)
x = float("nan")
print(x == x, x != x, [x] == [x], x in [x])
print(float("1.5") == float("1.5"), float("1.5") < float("2"), float("-0.0") == 0.0)
