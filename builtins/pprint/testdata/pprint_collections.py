import pprint
from collections import Counter, OrderedDict, defaultdict, deque

text = ('the quick brown fox jumps over the lazy dog the fox and the dog '
        'собака и лиса и снова собака').split()
counts = Counter(text)
pprint.pprint(counts)
pprint.pprint(counts, width=30)
pprint.pprint(Counter())

groups = defaultdict(list)
for w in text:
    groups[len(w)].append(w)
pprint.pprint(groups)
pprint.pprint(groups, width=40, indent=2)
pprint.pprint(defaultdict(int))

od = OrderedDict((w, len(w)) for w in text[:12])
pprint.pprint(od)
pprint.pprint(od, width=30)
pprint.pprint(OrderedDict())

pprint.pprint(deque(range(40)))
pprint.pprint(deque(text, maxlen=12), width=40)
pprint.pprint(deque(), width=5)
pprint.pprint({'counts': Counter('abracadabra'), 'queue': deque([1, 2, 3] * 10, maxlen=25)}, width=50)
