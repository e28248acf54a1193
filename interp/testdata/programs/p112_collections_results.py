"""Results gathered by threads into Counter, defaultdict, deque and namedtuple, then summarised."""
import collections
import threading
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict

Visit = namedtuple('Visit', ['user', 'page', 'ms'], defaults=[0])

LOG = """анна /home 120
борис /cart 300
анна /cart 80
вера /home 40
борис /home 95
анна /pay 500
вера /cart 60
глеб /home 20
борис /pay 410
анна /home 75"""

visits = [Visit(u, p, int(ms)) for u, p, ms in (line.split() for line in LOG.splitlines())]
chunks = [visits[i::3] for i in range(3)]

page_hits = Counter()
by_user = defaultdict(list)
recent = deque(maxlen=4)
lock = threading.Lock()


def process(chunk):
    local_hits = Counter(v.page for v in chunk)
    with lock:
        page_hits.update(local_hits)
        for v in chunk:
            by_user[v.user].append(v.ms)
            recent.append(v.page)


ts = [threading.Thread(target=process, args=(c,)) for c in chunks]
for t in ts:
    t.start()
for t in ts:
    t.join()

print('hits:', sorted(page_hits.items()))
print('most common 2:', page_hits.most_common(2))
print('total:', page_hits.total(), 'missing page:', page_hits['/nope'])
print('recent len/maxlen:', len(recent), recent.maxlen)
for user in sorted(by_user):
    ms = sorted(by_user[user])
    print(f'{user:<6} visits={len(ms)} max={max(ms):>3} sum={sum(ms):>4} all={ms}')

c1 = Counter('абракадабра')
c2 = Counter({'а': 2, 'б': 5})
print('c1:', sorted(c1.items()))
print('c1 + c2:', sorted((c1 + c2).items()))
print('c1 - c2:', sorted((c1 - c2).items()))
print('c1 & c2:', sorted((c1 & c2).items()), 'c1 | c2:', sorted((c1 | c2).items()))
c3 = c1.copy()
c3.subtract({'а': 10})
print('subtract keeps negatives:', c3['а'], '+c3 drops them:', '+' if 'а' not in +c3 else '-')
print('elements:', ''.join(sorted(Counter(a=2, b=1).elements())))

d = deque(range(6))
d.rotate(2)
print('rotated:', list(d))
d.rotate(-3)
print('back:', list(d), 'appendleft/pop:', d.appendleft(-1) or d.pop(), list(d))
d.extendleft('xy')
print('extendleft reverses:', list(d)[:3], 'count:', d.count('x'), 'index:', d.index(2))

v = Visit('дима', '/home')
print(v, v._replace(ms=5), v._asdict(), Visit._fields, Visit._field_defaults)
print('make:', Visit._make(['e', '/x', 1]), 'unpack:', *v)
dd = defaultdict(lambda: 'n/a', {'a': 1})
print('defaultdict factory:', dd['zzz'], sorted(dd.items()), dd.default_factory() )
nested = defaultdict(lambda: defaultdict(int))
for v in visits:
    nested[v.user][v.page] += 1
print('nested:', {u: dict(sorted(p.items())) for u, p in sorted(nested.items())})
od = OrderedDict.fromkeys('abc', 0)
od.move_to_end('a')
od['b'] = 9
print('ordered:', list(od.items()), od.popitem(last=False))
