import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

# Grades, the documentation's example.
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect.bisect(breakpoints, score)
    return grades[i]

print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

a = [1, 2, 4, 4, 4, 8, 10]
for x in [0, 1, 3, 4, 5, 10, 11]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 4), bisect_right(a, 4, 0, 3), bisect_left(a, 4, hi=2))

# insort keeps the list sorted; equal items go right or left.
items = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(items, v)
print(items)
pairs = []
for v in [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]:
    insort_right(pairs, v, key=lambda p: p[0])
print(pairs)
pairs = []
for v in [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]:
    insort_left(pairs, v, key=lambda p: p[0])
print(pairs)

# key= looks up records by a field.
records = [('alice', 31), ('bob', 25), ('carol', 40)]
records.sort(key=lambda r: r[1])
print(records)
i = bisect_left(records, 30, key=lambda r: r[1])
print(i, records[i])
insort(records, ('dave', 33), key=lambda r: r[1])
print(records)

# Strings, Cyrillic included, compare by code point.
words = sorted(['яблоко', 'груша', 'арбуз', 'вишня'])
print(words, bisect_left(words, 'банан'), bisect_right(words, 'яблоко'))
insort(words, 'дыня')
print(words)

# A user class with __lt__ and a user sequence with insert.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __lt__(self, other):
        print('lt', self, other)
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f'V{self.major}.{self.minor}'

vs = [Version(1, 0), Version(1, 5), Version(2, 0)]
print(bisect_left(vs, Version(1, 5)))
insort(vs, Version(1, 7))
print(vs)

class Seq:
    def __init__(self):
        self.data = []
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.data.insert(i, x)

s = Seq()
for v in [3, 1, 2]:
    insort_left(s, v)
print(s.data)

# A key that is called once per probe.
calls = []
def key(v):
    calls.append(v)
    return v
print(bisect_right(list(range(100)), 37, key=key), calls)

# A threaded use: workers insert under a lock; the result stays sorted.
import threading
lock = threading.Lock()
shared = []
def work(n):
    for v in range(n, 200, 4):
        with lock:
            insort(shared, v)
threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared == sorted(shared), len(shared))
