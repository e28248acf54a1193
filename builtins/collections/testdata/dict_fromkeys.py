# OrderedDict.fromkeys and defaultdict.fromkeys, as class methods and
# from an instance; Counter.fromkeys is undefined in CPython.
from collections import Counter, OrderedDict, defaultdict

od = OrderedDict.fromkeys('abc', 0)
od.move_to_end('a')
print(od, type(od).__name__)
print(OrderedDict.fromkeys(['x', 'y']), OrderedDict().fromkeys(range(3), 'v'))
dd = defaultdict.fromkeys(['ключ', 'значение'], 1)
print(dd, dd.default_factory)
try:
    dd['missing']
except KeyError as exc:
    print('KeyError', exc)
print(defaultdict(list).fromkeys('ab'))
try:
    Counter.fromkeys('ab')
except NotImplementedError as exc:
    print('NotImplementedError:', exc)
try:
    OrderedDict.fromkeys(5)
except TypeError as exc:
    print('TypeError:', exc)
try:
    OrderedDict.fromkeys([[1]])
except TypeError as exc:
    print('TypeError:', exc)
