# Unary + and - on a Counter keep the positive counts.
from collections import Counter
c = Counter(a=3, b=0, c=-2)
print(+c, -c, +Counter(), -Counter(x=1), c)
try:
    ~c
except TypeError as e:
    print(e)
