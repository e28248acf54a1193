# a builtin value's special methods loaded as values, not called at once
import itertools, operator
seen = {1, 2}
contains = seen.__contains__
print(contains(1), contains(3), list(itertools.filterfalse(seen.__contains__, [1, 3, 2, 4])))
get = {"a": 1}.__getitem__
print(get("a"), list(map([10, 20, 30].__getitem__, [2, 0])))
print([1, 2, 3].__len__(), sorted(["bb", "a"], key=str.__len__), "abc".__len__())
add = (5).__add__
print(add(2), list(map((10).__sub__, [1, 2])))
print(operator.attrgetter("__class__.__name__")(5), operator.attrgetter("__class__")([]))
class Box:
    def __init__(self):
        self.items = [1]
    def __len__(self):
        return len(self.items)
b = Box()
n = b.__len__
print(n(), getattr(b, "__len__")())
try:
    seen.__nope__
except AttributeError as e:
    print("AttributeError", e)
