# x[i] op= v where i is an object with __index__ that is not a name or
# literal (a call, a subscript): read once, in order, and indexed via __index__.
from enum import IntEnum

order = []


class Grade(IntEnum):
    LOW = 2
    HIGH = 5


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        order.append(f"index {self.n}")
        return self.n


def key(n):
    order.append(f"key {n}")
    return Idx(n)


def seq(lst):
    order.append("seq")
    return lst


def val(v):
    order.append("value")
    return v


counts = [0] * 6
for g in (2, 5, 5, 2, 5):
    counts[Grade(g)] += 1
print(counts)
data = [10, 20, 30]
seq(data)[key(1)] += val(5)
print(data, order)
order.clear()
grades = [Grade.LOW, Grade.HIGH]
counts[grades[1]] *= 10
counts[grades[0] + 1] -= 1
print(counts)


def in_function(items):
    total = [0, 0, 0]
    for it in items:
        total[Idx(it)] += it
    return total


print(in_function([0, 1, 2, 2]), order.count("index 2"))
text = ["а", "б"]
text[Idx(1)] += "в"
print(text)
d = {Grade.HIGH: 1}
d[Grade(5)] += 1
print(d, list(d)[0] is Grade.HIGH)
try:
    data[key(7)] += 1
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[Idx(0)] += 1
except TypeError as e:
    print("TypeError:", e)
