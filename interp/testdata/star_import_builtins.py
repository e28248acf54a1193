# A star import may bind a builtin's name: reads see it from then on.
def early():
    return pow(2, 2), sum([1, 2])


print(early())
from math import *

print(pow(2, 3), sqrt(16), floor(2.5), pi > 3)
print(early())
from starpkg.shadow import *

print(sum([1, 2, 3]), round(2.5))
print(early())


def round(x):
    return "rebound round"


print(round(1))
