# x.__class__ is type(x) for every value, native ones whose dir() the
# interpreter does not list too (a cached_property read off its class,
# partial objects, iterators, NotImplemented).
import collections
import functools
import itertools


class Report:
    @functools.cached_property
    def total(self):
        return 42


prop = Report.total
print(prop.__class__.__name__, prop.__class__ is type(prop), prop.attrname)
values = [functools.partial(print), itertools.count(), collections.deque(), iter([1]), iter("ёж"),
          (x for x in []), print, object(), None, ..., NotImplemented, range(2), zip(), map(str, [])]
for v in values:
    print(v.__class__.__name__, v.__class__ is type(v))
print((1).__class__, "я".__class__.__name__, type(iter("abc")).__name__)
