# Dict displays whose keys repeat keep the last value at the first key's
# place, as CPython does; keys and values are evaluated left to right.
k = "x"
print({k: 1, "y": 2, k: 3})
print({1: "int", 1.0: "float"}, {2.5: "a", 2.5: "b"})
print({"a": 1, "a": 2, "b": 3})
print({b"k": 1, b"k": 2})
print({2**70: "big", 2**70: "big again"})
order = []
def note(x):
    order.append(x)
    return x
d = {note("k1"): note("v1"), note("k1"): note("v2"), note("k2"): note("v3")}
print(d, order)
base = {"a": 0}
print({**base, "a": 1, "a": 2, **{"c": 3}})
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Key)
    def __repr__(self):
        return "Key(%s)" % self.name
print({Key("first"): 1, Key("second"): 2})
print({n: n * n for n in range(3)}, {"Имя": 1, "Имя": "Пётр"})
try:
    {[]: 1, []: 2}
except TypeError as e:
    print("TypeError:", e)
