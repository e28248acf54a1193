# unicodedata over characters whose data Unicode 14.0 (CPython 3.11)
# and 15.0 (spindle) agree on: names, lookup, properties, numeric
# values, normalization, and the usual accent stripping.
import unicodedata
from unicodedata import (name, lookup, category, normalize, is_normalized,
                         combining, decimal, digit, numeric, east_asian_width,
                         mirrored, bidirectional)


def t(f, *args):
    try:
        print(f.__name__, args, '->', repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, '->', type(e).__name__, e)


for c in ['a', 'Z', 'й', 'Ё', 'ё', '€', '😀', '🐍', '❤', '中', '한', '각', '\u0301',
          'ß', 'ﬁ', '½', '٣', '²', '①', 'Ⅻ', '四', '\t', ' ', '\u00a0', '(', '»',
          '\u200f', 'א', 'ع', '\u05b0', '\ue000', '\U0002a6d6', '\uac01']:
    print('%r %s %s %s %s %d %d' % (c, name(c, '<none>'), category(c), bidirectional(c),
                                    east_asian_width(c), mirrored(c), combining(c)))
t(name, '\x00')
t(name, '\x00', None)
t(name, 1)
t(name, 'ab')
t(name, '')
t(lookup, 'LATIN SMALL LETTER A')
t(lookup, 'cyrillic small letter short i')
t(lookup, 'GRINNING FACE')
t(lookup, 'SNAKE')
t(lookup, 'HANGUL SYLLABLE GAG')
t(lookup, 'CJK UNIFIED IDEOGRAPH-4E2D')
t(lookup, 'cjk unified ideograph-4e2d')
t(lookup, 'NO SUCH THING')
t(lookup, b'SPACE')
t(lookup, 1)
for f in (category, bidirectional, east_asian_width, mirrored, combining):
    t(f, 1)
    t(f, 'ab')
for c in ['7', '٣', '²', '½', '①', 'Ⅻ', '四', '万', 'x', '⅓', '𝟗']:
    print(repr(c), decimal(c, None), digit(c, None), numeric(c, None))
t(decimal, 'x')
t(digit, '½')
t(numeric, 'x')
t(decimal, 'x', 'dflt')
t(numeric, 1)

for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['й', 'ё', 'Café', 'ﬁ½²', 'Å', '\u212b', 'e\u0301', '한국어', 'Ǆ']:
        n = normalize(form, s)
        print(form, repr(s), repr(n), len(s), len(n), is_normalized(form, s))
t(normalize, 'NFX', 'a')
t(normalize, 'NFC', 1)
t(normalize, 1, 'a')
t(is_normalized, 'nfc', 'a')


def strip_accents(s):
    return ''.join(c for c in normalize('NFD', s) if category(c) != 'Mn')


print(strip_accents('Crème brûlée à la façon de Zürich'))
print(strip_accents('Ёлка, йогурт, Йошкар-Ола'))
print(normalize('NFC', strip_accents('Ёлка')) == 'Елка')
print([name(c) for c in normalize('NFD', 'йё')])
print(len('й'), len(normalize('NFD', 'й')), normalize('NFC', normalize('NFD', 'й')) == 'й')
print([name(c) for c in '👍🏽'])
print(sorted(set(category(c) for c in 'Hello, мир! 123 😀')))
print(type(unicodedata.unidata_version).__name__, unicodedata.unidata_version.count('.'))
for c in ['é', 'ﬁ', 'Ǖ', '½', '가', 'a', '\u00a0', 'Й', 'ё', '²', '\u212b']:
    print(repr(c), repr(unicodedata.decomposition(c)))
print(''.join(chr(int(unicodedata.decomposition(c).split()[0], 16)) if unicodedata.decomposition(c) else c
              for c in 'Привет, Ёжик! Café'))
t(unicodedata.decomposition, 1)
