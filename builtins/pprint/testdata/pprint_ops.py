import pprint
from dataclasses import dataclass, field

data = {
    'name': 'spindle',
    'threads': [{'id': i, 'state': 'running' if i % 2 else 'blocked', 'locks': list(range(i))} for i in range(5)],
    'config': {'switch_interval': 0.005, 'daemon': False, 'names': ('main', 'worker-1', 'worker-2')},
    'empty': {}, 'none': None, 'set': {3, 1, 2}, 'frozen': frozenset({20, 10}),
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=50)
pprint.pprint(data, compact=True, width=50)

print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat(list(range(40)), compact=True, width=30, indent=3))
print(pprint.pformat([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, width=20))
print(pprint.pformat((1,), width=1), pprint.pformat(()), pprint.pformat([]), pprint.pformat(set()))
print(pprint.pformat(tuple(range(25)), width=30))
print(pprint.pformat(((('a' * 30,),),), width=20))
print(pprint.pformat({'k': ('x' * 20, 'y' * 20, 'z' * 20)}, width=30))

# Long strings split after whitespace, lines at their ends.
text = ('The quick brown fox jumps over the lazy dog. ' * 4).strip()
pprint.pprint(text, width=40)
pprint.pprint({'text': text, 'n': 1}, width=50)
pprint.pprint(['line one\nline two is longer than the width allows here\n', 'x'], width=30)
pprint.pprint('averyveryverylongwordwithoutanyspacesatallthatcannotbesplit', width=20)
pprint.pprint(['  leading spaces and   runs   of spaces ' * 2], width=25)

# Cyrillic: widths count characters.
pprint.pprint({'ключ': 'значение ' * 8, 'список': ['один', 'два', 'три'] * 4}, width=40)
pprint.pprint('Съешь же ещё этих мягких французских булок, да выпей чаю. ' * 2, width=50)

# bytes and bytearray.
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint([b'0123456789' * 5], width=30)
pprint.pprint(bytearray(b'abcdefghij' * 6), width=40)
pprint.pprint(b'abc', width=1)

# Keys that don't order sort by type name.
pprint.pprint({1: 'int', 'a': 'str', 2.5: 'float', (1, 2): 'tuple', None: 'none'})
pprint.pprint({3, 'x', 1, 'a'}, width=5)

# Dataclasses.
@dataclass
class Point:
    x: int
    y: int

@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict)

s = Shape('polygon-with-a-long-name', [Point(i, i * i) for i in range(6)], 7, {'colour': 'red', 'layer': 3})
pprint.pprint(s)
pprint.pprint(s, width=40)
pprint.pprint([Point(1, 2)], width=5)

class Custom:
    def __repr__(self):
        return 'Custom(' + 'x' * 90 + ')'
pprint.pprint([Custom()])

# Recursion and the readable flags.
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, {'a': (2,)}]))
print(pprint.isreadable(Custom()), pprint.isreadable(object()), pprint.saferepr({'b': 1, 'a': [2, 3]}))
print(pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='))
d = {}
d['self'] = d
print(pprint.pformat(d).startswith("{'self': <Recursion on dict with id="))

# PrettyPrinter objects.
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
pp.pprint(data['threads'])
print(pp.pformat({'a': [1, [2, [3, [4]]]]}))
print(pp.isreadable([1, 2]), pp.isrecursive(rec), type(pp).__name__)

# underscore_numbers
pprint.pprint([10**9, -1234567, 12, True], underscore_numbers=True)

# Errors.
for kwargs in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)
try:
    pprint.pformat()
except TypeError as e:
    print('TypeError', e)

import io
buf = io.StringIO()
pprint.pprint({'to': 'stream'}, stream=buf)
print(repr(buf.getvalue()))
