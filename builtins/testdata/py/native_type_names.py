# type() of a native module's object is a class of that module:
# __name__ is the short name, __module__ the module, as in CPython.
import decimal
import functools
import itertools
import operator


@functools.lru_cache
def cached():
    return 1


values = [
    itertools.count(), itertools.islice([], 1), iter(itertools.chain([])),
    operator.itemgetter(1), operator.attrgetter("x"), cached,
    functools.cmp_to_key(lambda a, b: 0)(1), decimal.Decimal(1), decimal.getcontext(),
]
for v in values:
    t = type(v)
    print(repr(t), t.__name__, t.__module__, t.__qualname__, type(v) is type(v))
print(type(itertools.count()) is type(itertools.count(5)))
print(isinstance(itertools.count(), type(itertools.count())), isinstance(1, type(itertools.count())))
print(type(iter([])).__name__, type(iter([])).__module__, type(map(str, [])).__name__, type(zip()).__module__)
