from collections import OrderedDict, defaultdict
for f in (lambda: hash(OrderedDict()), lambda: OrderedDict().x, lambda: OrderedDict()[1], lambda: len(5), lambda: defaultdict().x):
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(type(OrderedDict()).__name__, type(defaultdict()).__name__)
od = OrderedDict(a=1)
print(od.get("zz"), od.get("zz", 5), "zz" in od, od["a"], od.setdefault("b", 2), od.pop("zz", None))
try:
    od.pop("zz")
except KeyError as e:
    print("KeyError", e)
