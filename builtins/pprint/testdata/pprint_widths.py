# The same nested structures at every width from 1 to 90, with several
# indents: the layouts must be CPython's at each.
import pprint

def build(n):
    # A deterministic mix of containers, strings and numbers.
    out = []
    for i in range(n):
        k = (i * 7919) % 11
        if k == 0:
            out.append({'key%d' % i: [i, str(i) * (i % 5), (i, -i)], 'z': None})
        elif k == 1:
            out.append(('tuple', i, ['nested', {'deep': [i] * (i % 4)}]))
        elif k == 2:
            out.append('word ' * (i % 9) + 'end')
        elif k == 3:
            out.append({i % 3, i % 5, i % 7})
        elif k == 4:
            out.append(b'bytes\x00\xff' * (i % 4))
        elif k == 5:
            out.append(3.25 * i)
        elif k == 6:
            out.append(['слово ' * (i % 6), 'ещё'])
        elif k == 7:
            out.append((i,))
        elif k == 8:
            out.append('multi\nline\r\nstring with words ' * (i % 3))
        else:
            out.append(frozenset(range(i % 6)))
    return out

obj = build(23)
for width in range(1, 91, 7):
    for indent in (0, 1, 3):
        print('--- width', width, 'indent', indent)
        print(pprint.pformat(obj, width=width, indent=indent))
        print(pprint.pformat(obj, width=width, indent=indent, compact=True))
print(pprint.pformat(obj, depth=2, width=60))
print(pprint.pformat({'a' * 10: obj[:5], 'b': {'c': obj[5:9]}}, width=35, sort_dicts=False))
