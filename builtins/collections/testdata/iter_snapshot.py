# Iterating over an OrderedDict, Counter or defaultdict takes a snapshot of
# the keys: a suspended iterator leaves it mutable (next(iter(od)) then
# del od[k], the LRU eviction), and a size change ends a loop.
from collections import OrderedDict, Counter, defaultdict
for d in (OrderedDict(a=1, b=2), {"a": 1, "b": 2}, Counter(a=1, b=2), defaultdict(int, a=1, b=2)):
    k = next(iter(d))
    del d[k]
    print(type(d).__name__, d)
for d in (OrderedDict(a=1, b=2, c=3), Counter(a=1, b=2, c=3), defaultdict(int, a=1, b=2, c=3), {'a': 1, 'b': 2, 'c': 3}):
    try:
        for k in d:
            if k == 'a':
                del d['b']
        print('no error', d)
    except RuntimeError as e:
        print(type(d).__name__, 'RuntimeError', e)
    it = iter(d)
    print(next(it), list(it))
