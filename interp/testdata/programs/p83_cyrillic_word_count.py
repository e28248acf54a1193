"""Parallel word frequency over Russian text, with casefold, sorting and formatting."""
import collections
import re
import threading
from concurrent.futures import ThreadPoolExecutor

TEXT = """Мой дядя самых честных правил,
Когда не в шутку занемог,
Он уважать себя заставил
И лучше выдумать не мог.
Его пример другим наука;
Но, боже мой, какая скука
С больным сидеть и день и ночь,
Не отходя ни шагу прочь!
Ёлка, ёж и ЁЖИК — тоже слова."""

WORD_RE = re.compile(r'[а-яё]+', re.IGNORECASE)


def count_line(line):
    return collections.Counter(w.casefold() for w in WORD_RE.findall(line))


lines = TEXT.splitlines()
with ThreadPoolExecutor(max_workers=3) as pool:
    partials = list(pool.map(count_line, lines))
total = sum(partials, collections.Counter())
print('distinct words:', len(total), 'all words:', sum(total.values()))
for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f'{word:<10}|{n:>3}')
print(sorted(total)[:5])
print('ё words:', sorted(w for w in total if 'ё' in w))

lengths = collections.defaultdict(list)
lock = threading.Lock()


def by_length(line):
    for w in line.split():
        w = w.strip('.,;!—')
        if not w:
            continue
        with lock:
            lengths[len(w)].append(w.lower())


ts = [threading.Thread(target=by_length, args=(ln,)) for ln in lines]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(lengths)[-3:]:
    print(k, sorted(set(lengths[k])))

s = 'Привет, Мир'
print(s.upper(), s.lower(), s.swapcase(), s.title(), len(s), s[::-1])
print(s.encode('utf-8')[:6], len(s.encode('utf-8')), s.encode('cp1251', errors='replace')[:3] if False else '')
print('ascii repr:', ascii('Мир'), repr('Мир'))
print('isalpha:', 'Ёж'.isalpha(), 'isupper:', 'МИР'.isupper(), 'istitle:', 'Мой Дядя'.istitle())
print(sorted(['яблоко', 'Арбуз', 'банан', 'ёж', 'еж']))
print('centered: [%s]' % 'мир'.center(9, '*'), f'[{"мир":^9}]', f'[{"мир":>6}]')
print('ß'.casefold(), 'ǅ'.lower(), 'İ'.lower() == 'i̇')
words = re.split(r'\W+', 'раз, два; три!')
print(words, re.sub(r'(\w+)', r'<\1>', 'кот пёс'))
print(f'{"итого":=^20}')
print('%-8s|%5.1f' % ('цена', 3.14159))
