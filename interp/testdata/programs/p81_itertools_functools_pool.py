"""itertools, functools.partial/reduce and operator functions fed to a thread pool."""
import functools
import itertools
import operator
import threading
from concurrent.futures import ThreadPoolExecutor


def scaled_sum(factor, values, offset=0):
    return factor * sum(values) + offset


def batched(iterable, n):
    it = iter(iterable)
    while True:
        chunk = tuple(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk


data = list(range(1, 23))
with ThreadPoolExecutor(max_workers=4) as ex:
    chunk_sums = list(ex.map(functools.partial(scaled_sum, 2, offset=1), batched(data, 5)))
print('chunks:', list(batched(data, 5))[-1], 'sums:', chunk_sums)
print('total via reduce:', functools.reduce(operator.add, chunk_sums))

with ThreadPoolExecutor() as ex:
    print('mul pairs:', list(ex.map(operator.mul, range(5), itertools.count(10))))
    print('starmap pow:', list(ex.map(lambda args: pow(*args), itertools.product([2, 3], [2, 3]))))
    print('itemgetter:', list(ex.map(operator.itemgetter(1), [('a', 1), ('b', 2)])))
    print('attrgetter:', list(ex.map(operator.attrgetter('stop'), [slice(1, 2), slice(3, 4)])))
    print('methodcaller:', list(ex.map(operator.methodcaller('upper'), ['щи', 'borscht'])))

words = 'the quick brown fox jumps over the lazy dog the end'.split()
counts = {}
lock = threading.Lock()


def count_group(item):
    key, group = item
    n = len(list(group))
    with lock:
        counts[key] = n
    return key, n


with ThreadPoolExecutor(max_workers=2) as ex:
    grouped = [(k, list(g)) for k, g in itertools.groupby(sorted(words))]
    list(ex.map(count_group, grouped))
print(sorted(counts.items(), key=operator.itemgetter(1, 0), reverse=True)[:3])


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


with ThreadPoolExecutor(max_workers=4) as ex:
    fibs = list(ex.map(fib, [10, 20, 30, 40]))
print('fibs:', fibs, 'cache hits > 0:', fib.cache_info().hits > 0)


@functools.wraps(scaled_sum)
def wrapper(*a, **k):
    return scaled_sum(*a, **k)


print(wrapper.__name__, wrapper.__wrapped__ is scaled_sum)
p = functools.partial(scaled_sum, 3)
print(p.func is scaled_sum, p.args, p.keywords, p([1, 2]))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.repeat('x', 3)))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.combinations('abc', 2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(None, [0, 1, '', 'a'])))

counter = itertools.count()
seen = []


def take_ids(n):
    for _ in range(n):
        with lock:
            seen.append(next(counter))


ts = [threading.Thread(target=take_ids, args=(50,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('unique ids:', len(set(seen)), max(seen))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), operator.index(7), operator.neg(3))
