# reversed() takes dict views and collections' dict types (defaultdict,
# Counter, OrderedDict), from their last key; a ChainMap is not reversible.
from collections import defaultdict, Counter, OrderedDict
d = defaultdict(int, a=1, b=2)
print(list(reversed(d)), list(reversed(Counter("aab"))), list(reversed(OrderedDict(x=1,y=2))), list(reversed(d.keys())), list(reversed({"a":1}.items())))
d={"a":1,"b":2}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
from collections import ChainMap
try:
    reversed(ChainMap({}))
except TypeError as e:
    print(e)
