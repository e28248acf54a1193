# ChainMap: lookups through the maps in order, writes and deletes in the
# first, keys in CPython's order, new_child/parents/copy/pop.
from collections import ChainMap
a={'x':1,'y':2}; b={'y':20,'z':30}
c=ChainMap(a,b)
print(c, repr(ChainMap()), len(c), list(c), c['y'], c.get('q'), 'z' in c, dict(c), list(c.items()), list(c.keys()), list(c.values()))
c['w']=5; print(a)
try: c['nope']
except KeyError as e: print('KeyError', e)
try: del c['z']
except KeyError as e: print('KeyError', e)
del c['w']; print(a, c.pop('x'), a)
n=c.new_child(); print(n, n.parents, n.maps[0])
print(bool(ChainMap()), bool(ChainMap({})), bool(c), c.copy() == c, type(c.copy()).__name__)
print(ChainMap({'a':1}, {'a':2}).maps, c.new_child({'k':1}))
cm = ChainMap({"k": 1})
print(cm.pop("k"), cm.pop("k", "gone"), cm, cm.get("k", 0), len(cm), list(ChainMap({1: "a"}, {2: "b"}, {1: "c"}).items()))
cm.clear()
print(cm, ChainMap({"a": 1}) == ChainMap({"a": 1}), ChainMap({"a": 1}, {"a": 2}) == ChainMap({"a": 1}))
try:
    cm.pop("missing")
except KeyError as e:
    print("KeyError", e)
