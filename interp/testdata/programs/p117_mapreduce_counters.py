"""Parallel word frequency: chunks mapped in a pool, Counters reduced with functools.reduce and sum()."""
import concurrent.futures as cf
import functools
import operator
import re
import string
from collections import Counter

TEXT = """Мороз и солнце; день чудесный!
Ещё ты дремлешь, друг прелестный —
Пора, красавица, проснись:
Открой сомкнуты негой взоры
Навстречу северной Авроры,
Звездою севера явись!
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs.
Вечор, ты помнишь, вьюга злилась, на мутном небе мгла носилась;
"""

WORD = re.compile(r"[\w']+")


def tokenize(line):
    return [w.lower() for w in WORD.findall(line)]


def count_chunk(lines):
    c = Counter()
    for line in lines:
        c.update(tokenize(line))
    return c


lines = TEXT.strip().splitlines()
chunks = [lines[i:i + 3] for i in range(0, len(lines), 3)]
with cf.ThreadPoolExecutor(max_workers=3) as pool:
    partials = list(pool.map(count_chunk, chunks))

total = functools.reduce(operator.add, partials, Counter())
also = sum(partials, Counter())
print('chunks:', len(chunks), 'same totals:', total == also)
print('distinct words:', len(total), 'all words:', sum(total.values()))
print('top:', total.most_common(4))
print('cyrillic words:', sum(1 for w in total if re.fullmatch(r'[а-яё]+', w)))
print('longest:', max(total, key=lambda w: (len(w), w)))
by_letter = {}
for w in sorted(total):
    by_letter.setdefault(w[0], []).append(w)
print('starting with н:', by_letter.get('н'))
print('punctuation stripped:', 'солнце;'.strip(string.punctuation), '—' in string.punctuation)

lengths = Counter(len(w) for w in total.elements())
print('length histogram:')
for n in sorted(lengths):
    print(f'  {n:>2} {"#" * lengths[n]}')

with cf.ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(str.upper, ln) for ln in lines[:2]]
    upper = [f.result() for f in futs]
print(upper[0])
print(re.sub(r'(\w+), (\w+)', r'\2 \1', 'Пора, красавица'), re.split(r'[;,]\s*', 'a; b,c'))
m = re.search(r'(?P<first>\w+) и (?P<second>\w+)', lines[0])
print(m.group('first'), m.group('second'), m.span(), m.groupdict())
print(functools.reduce(lambda acc, c: acc | set(c), partials, set()) == set(total))
print(operator.itemgetter(1, 0)(('a', 'b')), sorted(total.items(), key=operator.itemgetter(1, 0), reverse=True)[:3])
