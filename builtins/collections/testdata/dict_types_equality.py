# OrderedDict, defaultdict and Counter compare == and != with a dict (and
# with each other) by their items in any order; two OrderedDicts mind
# the order. Binary operators name OrderedDict as collections.OrderedDict.
from collections import OrderedDict, defaultdict, Counter
od = OrderedDict(a=1, b=2)
plain = {"b": 2, "a": 1}
dd = defaultdict(int, plain)
print(od == plain, plain == od, od != plain, od == OrderedDict(b=2, a=1), od == dd, dd == plain, plain == dd)
print(Counter("aab") == {"a": 2, "b": 1}, {"a": 2, "b": 1} == Counter("aab"), Counter("a") == {"a": 2}, Counter() != {})
print(od == [("a", 1)], dd == 5, [od] == [plain], (dd,) == (plain,))
try:
    od + 1
except TypeError as e:
    print(e)
