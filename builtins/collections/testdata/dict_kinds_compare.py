from collections import Counter, defaultdict, OrderedDict
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1), defaultdict(int, a=1) == {'a': 1}, OrderedDict(a=1) == {'a': 1}, {'a': 1} == OrderedDict(a=1), OrderedDict(a=1) != {'a': 1})
print(OrderedDict(a=1) == Counter(a=1), defaultdict(int, a=1) == OrderedDict(a=1), Counter(a=1) == defaultdict(int, a=1))
d = OrderedDict(a=1, b=2)
print(d == dict(b=2, a=1), [d] == [dict(b=2, a=1)])
print(defaultdict(int, a=1) == defaultdict(list, a=1), defaultdict(int) != defaultdict(int, a=0))
print(list(reversed(OrderedDict(x=1, y=2))), list(reversed(Counter("aab"))), list(reversed(defaultdict(int, p=1, q=2))))
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys(["я"], 0))
for f in (lambda: defaultdict(int) < defaultdict(int), lambda: Counter() <= {}):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
