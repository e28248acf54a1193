# Set and frozenset methods, comparisons, membership, and their errors.
import copy


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


s = {3, 1, 2}
f = frozenset([2, 3, 4])
print(s == f, f == s, s != f, s <= {1, 2, 3, 4}, s < s, s <= s, {1} < s, s > {1}, s >= f)
print(frozenset([1, 2, 3]) == {1, 2, 3}, {1, 2, 3} == frozenset([3, 2, 1]), s == [1, 2, 3])
print(type(s | f).__name__, type(f | s).__name__, type(f & s).__name__, type(f - s).__name__, type(f ^ s).__name__)
print(f | s, f & s, f - s, f ^ s, s - f)
print(f.union([9]), f.intersection(s), f.difference(), f.symmetric_difference([4, 5]), f.copy() is f)
print(s.issubset([1, 2, 3, 4]), s.issuperset([1, 2]), s.isdisjoint([7, 8]), s.isdisjoint(f), f.issubset(s))
print(1 in s, 5 in s, 1.0 in s, True in s, (1,) in {(True,)}, frozenset([1]) in {frozenset([True])})
print({1, 2} in {frozenset([1, 2])}, 2 in f, 9 not in f)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash((1, 2)), hash((1, (2, 3.5))), hash(()), hash(1.5), hash(-1), hash(2**61), hash(-2**61), hash(True))
print({frozenset([1, 2]): 'a'}[frozenset([2, 1])])
print(len(s), bool(s), bool(set()), bool(frozenset()), set(), frozenset(), repr(frozenset([1])))
print(sorted(set('абвгдеёжзийклмнопрстуфхцчшщъыьэюя')))
print(sorted({'ёж', 'яблоко', 'арбуз', 'Ёлка'}), sorted(frozenset('привет')))
print(len({'мир', 'мир', 'Мир'}), 'мир' in {'мир'}, sorted({'b', 'a'} | {'c'}))

# Mutation.
t = set()
t.add(5)
t.add(5.0)
t.add(True)
print(t)
t.update([1, 2], (3,), {4: 'x'}, 'ab' if False else [6])
print(t)
t.discard(100)
t.discard(6)
t.remove(5)
print(t)
attempt(lambda: t.remove(42))
attempt(lambda: t.remove((1, 2)))
attempt(lambda: t.add([1]))
attempt(lambda: {[1]})
attempt(lambda: {1} | [2])
attempt(lambda: {1} - 2)
attempt(lambda: t.add())
attempt(lambda: t.add(1, 2))
attempt(lambda: t.pop(1))
attempt(lambda: t.union(x=1))
attempt(lambda: t.symmetric_difference())
attempt(lambda: set().pop())
attempt(lambda: f.add(1))
attempt(lambda: set(1))
attempt(lambda: set([1], [2]))
attempt(lambda: frozenset(5))
attempt(lambda: hash({1}))
attempt(lambda: {1} < [1])
attempt(lambda: s.issubset(5))
t.clear()
print(t, len(t))

# A set changed during iteration.
u = {1, 2, 3}
try:
    for v in u:
        u.add(v + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
u = {1, 2, 3}
try:
    for v in u:
        u.discard(v)
except RuntimeError as e:
    print('RuntimeError:', e)
u = {1, 2, 3}
for v in u:
    u.discard(v)
    u.add(v + 100)
print(sorted(u))

# Copies.
w = {(1, 2), (3, 4), 17, 2.5}
print(copy.copy(w), copy.deepcopy(w), copy.copy(f) is f, copy.deepcopy(w) == w)
print(set.union({1}, {2}), frozenset.union(f, [0]))
print(isinstance(s, set), isinstance(f, frozenset), isinstance(f, set), type(s), type(f))
print(list(map(len, [{1, 2}, frozenset()])), max({4, 9, 2}), sorted({-1.5, 2, 0.25}))
