# Subclasses of OrderedDict, Counter, defaultdict and deque, as the
# recipes of the docs write them: super() reaches the special methods,
# the instance protocols call them, repr names the subclass.
import json, threading
from collections import OrderedDict, Counter, defaultdict, deque

class LastUpdated(OrderedDict):
    'Store items in the order the keys were last added'
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

d = LastUpdated()
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k] = v
print(d, repr(d), str(d), len(d), bool(d), list(d), list(d.items()), d.get('zz', 0))
print(isinstance(d, OrderedDict), isinstance(d, LastUpdated), type(d).__mro__[1].__name__)
print(dict(d), sorted(d), 'a' in d, 'zz' in d, d.popitem(), d)
del d['b']
print(d, LastUpdated.__doc__)

class SafeCounter(Counter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._lock = threading.Lock()
    def incr(self, key):
        with self._lock:
            self[key] += 1

sc = SafeCounter()
ts = [threading.Thread(target=lambda: [sc.incr(w) for w in 'абвабa']) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sc, sc.most_common(2), sc['я'], len(sc), sorted(sc.elements())[:3], sc.total())

class Default(defaultdict):
    def __missing__(self, key):
        return f'<{key}>'
dd = Default()
print(dd['x'], len(dd), repr(dd))
class Lists(defaultdict):
    def __init__(self):
        super().__init__(list)
l = Lists()
l['a'].append(1); l['a'].append(2)
print(l, l['a'], dict(l), l.default_factory)

class History(deque):
    def __init__(self, size):
        super().__init__(maxlen=size)
h = History(3)
for i in range(5):
    h.append(i)
print(h, list(h), len(h), h[0], h[-1], h.maxlen, 4 in h, list(reversed(h)))
h.appendleft(9); h.rotate(1)
print(h, h.pop(), h.popleft(), h)
try:
    hash(d)
except TypeError as e:
    print('TypeError', e)
print(d == OrderedDict(a=3), d != {'a': 3})
class LRU(OrderedDict):
    'Limit size, evicting the least recently looked-up key when full'
    def __init__(self, maxsize=2, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]

c = LRU(2)
c['a'] = 1; c['b'] = 2; c['a']; c['c'] = 3
print(c, list(c), len(c), 'b' in c)
