# urllib.parse: splitting, joining, quoting and query strings, with
# Cyrillic text percent-encoded as UTF-8.
import urllib.parse
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urlencode, quote, quote_plus, unquote, unquote_plus,
                          parse_qs, parse_qsl, urldefrag, quote_from_bytes,
                          unquote_to_bytes)

u = urlparse('https://user:pw@Example.COM:8080/path/to;params?q=1&r=2#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.hostname, u.port, u.username, u.password)
print(u.geturl())
print(u._replace(scheme='http', netloc='example.org'))
print(u._replace(query='').geturl())
print(type(u).__name__, isinstance(u, tuple), len(u), u[0], u[-1])
print(tuple(u))
print(u._fields)
print(u._asdict())
s = urlsplit('http://[::1]:80/a?b#c')
print(s, s.hostname, s.port)
print(urlsplit('www.example.com/path'))
print(urlsplit('//www.example.com/path'))
print(urlparse('mailto:someone@example.com'))
print(urlparse('file:///etc/hosts'))
print(urlparse('/relative/path?x=1'))
print(urlparse('example.com:80'))
print(urlparse('http://example.com', scheme='ftp'))
print(urlparse('path', scheme='ftp'))
print(urlsplit('http://host/a#b', allow_fragments=False))
print(urlsplit('  http://host/a\n').geturl())
print(urlparse('http://host').port, urlparse('http://host:').port)
for bad in ['http://host:port/', 'http://host:70000/']:
    try:
        urlparse(bad).port
    except ValueError as e:
        print('ValueError:', e)
try:
    urlsplit('http://[::1/')
except ValueError as e:
    print('ValueError:', e)

print(urlunparse(('https', 'example.com', '/a', 'p', 'q=1', 'f')))
print(urlunparse(['http', 'h', 'x', '', '', '']))
print(urlunsplit(('http', 'h', '', '', '')))
print(urlunsplit(('', '', 'a/b', 'q', '')))
print(urlunsplit(('file', '', '/tmp/x', '', '')))

base = 'http://a/b/c/d;p?q'
for rel in ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', 'g;x',
            '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
            'g/../h', 'https://other/x', 'mailto:x@y']:
    print(repr(rel), '->', urljoin(base, rel))
print(urljoin('https://site.ru/каталог/', 'товар?id=1'))
print(urljoin('', 'x'), urljoin('http://a/b', ''))

print(urldefrag('http://a/b#frag'))
print(urldefrag('http://a/b'))
print(urldefrag('http://a/b#frag').geturl())

print(quote('/path with spaces/файл.txt'))
print(quote('a&b=c/d', safe=''))
print(quote('Привет, мир!'))
print(quote('~user_name-1.0'))
print(quote('x/y', safe='/:'))
print(quote(b'\x00\xff abc'))
print(quote(''), repr(quote_plus('')))
print(quote_plus('поиск по сайту & more'))
print(quote_plus('a+b c/d'), quote_plus('a b', safe='/'))
print(quote_plus('a/b c', safe='/'))
print(unquote('%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82'))
print(unquote('abc%20def%2'), unquote('%zz%41'), unquote('100%'))
print(unquote('%D0%9F-ё-%D0'))
print(unquote(b'a%20b'))
print(unquote_plus('a+b%2Bc+%D0%B4%D0%B0'))
print(unquote_to_bytes('a%20b%D0%B4'), unquote_to_bytes(''))
print(quote_from_bytes(b'a b/c'), repr(quote_from_bytes(b'')))
try:
    quote_from_bytes('x')
except TypeError as e:
    print('TypeError:', e)
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError:', e)

print(urlencode({'q': 'python urllib', 'lang': 'ru', 'page': 2}))
print(urlencode({'город': 'Москва', 'улица': 'Тверская 1'}))
print(urlencode([('a', 1), ('a', 2), ('b', None)]))
print(urlencode({'tags': ['x', 'y', 'ё'], 'n': 5}, doseq=True))
print(urlencode({'tags': ['x', 'y']}))
print(urlencode({'t': ('a b',)}, doseq=True, quote_via=quote))
print(urlencode({'k': 'a/b'}, safe='/'))
print(urlencode({b'k': b'v w'}))
print(repr(urlencode({})), repr(urlencode([])))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError:', e, type(e.__cause__).__name__)
try:
    urlencode([1, 2])
except TypeError as e:
    print('TypeError:', e)

qs = 'name=%D0%98%D0%B2%D0%B0%D0%BD&age=30&tag=a&tag=b&empty=&flag&plus=a+b'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'))
print(parse_qs(''), parse_qsl(''))
for kw in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator='')]:
    try:
        parse_qsl('a=1&b&c=3', **kw)
    except ValueError as e:
        print('ValueError:', e)
print(parse_qs(urlparse('https://shop.ru/search?q=%D0%BA%D0%BD%D0%B8%D0%B3%D0%B8&sort=price').query))
print(urllib.parse.uses_netloc[:3], 'https' in urllib.parse.uses_relative)
