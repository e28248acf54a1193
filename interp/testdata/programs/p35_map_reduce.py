"""Map/reduce word counting: chunks mapped by threads, reduced with functools."""
import functools
import itertools
import operator
import string
import threading
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""

STOP = frozenset({"it", "was", "the", "of"})


def tokenize(line):
    table = str.maketrans("", "", string.punctuation)
    return [w for w in line.translate(table).lower().split() if w]


def mapper(lines):
    counts = Counter()
    for line in lines:
        counts.update(w for w in tokenize(line) if w not in STOP)
    return counts


def chunked(iterable, size):
    it = iter(iterable)
    while True:
        batch = list(itertools.islice(it, size))
        if not batch:
            return
        yield batch


def main():
    lines = [l for l in TEXT.strip().splitlines()]
    chunks = list(chunked(lines, 2))
    print("chunks:", [len(c) for c in chunks])
    with ThreadPoolExecutor(max_workers=2) as ex:
        partials = list(ex.map(mapper, chunks))
    total = functools.reduce(operator.add, partials, Counter())
    print("distinct:", len(total), "total:", sum(total.values()))
    for word, n in sorted(total.most_common(), key=lambda kv: (-kv[1], kv[0]))[:6]:
        print(f"  {word:<12} {n:>2} {'#' * n}")
    by_len = defaultdict(set)
    for w in total:
        by_len[len(w)].add(w)
    for n in sorted(by_len):
        print(n, sorted(by_len[n]))
    first_letters = Counter(w[0] for w in total.elements())
    print("letters:", "".join(sorted(first_letters)))
    groups = itertools.groupby(sorted(total), key=operator.itemgetter(0))
    print({k: len(list(g)) for k, g in groups if k in "aeiou"})
    c1, c2 = partials[0], partials[1]
    print("c1 & c2:", sorted((c1 & c2).items()))
    print("c1 - c2:", sorted((c1 - c2).keys())[:4])
    print("pairs:", list(itertools.pairwise("abcd")), list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
    print("product:", ["".join(p) for p in itertools.product("ab", repeat=2)])
    print("combos:", list(itertools.combinations(range(4), 2))[:3], len(list(itertools.permutations(range(4), 2))))
    counted = threading.local()
    counted.words = sum(map(len, map(tokenize, lines)))
    print("words incl. stop:", counted.words)
    print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, sorted(total)))


if __name__ == "__main__":
    main()
