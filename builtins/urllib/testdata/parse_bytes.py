# urllib.parse over bytes URLs: bytes results (SplitResultBytes...),
# encode()/decode() between the kinds, and mixing errors.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag,
                          parse_qs, parse_qsl, SplitResultBytes, ParseResult)

s = urlsplit(b'http://U:P@Host.COM:8080/p?q=1#f')
print(s, s.hostname, s.port, s.username, s.password, s.geturl())
print(s.decode(), s.decode().encode() == s, type(s.decode()).__name__)
p = urlparse(b'https://h/a;x?q#f')
print(p, p.geturl(), p._replace(path=b'/b').geturl())
print(urlsplit('http://a/b').encode(), urlparse('http://a/b').encode('utf-8'))
print(urlunsplit((b'http', b'h', b'/p', b'', b'')), urlunparse([b'ftp', b'h', b'/', b'', b'', b'x']))
print(urljoin(b'http://a/b/c/d', b'../e?f'), urljoin(b'http://a/b', b''), urljoin(b'', b'x'))
print(urldefrag(b'http://a/b#frag'), urldefrag(b'http://a/b#frag').geturl(), urldefrag(b'x'))
print(parse_qsl(b'a=1&b=%41+c&a=3'), parse_qs(b'a=1&a=2'), parse_qsl(b'x;y=1', separator=b';'))
print(urlsplit(b'x', ''), urlsplit(b'path', b'ftp'))
print(isinstance(s, SplitResultBytes), isinstance(urlparse('x'), ParseResult))
for f, args in [(urljoin, ('http://a', b'b')), (urlsplit, (b'http://h', 'ftp')),
                (urlsplit, (b'http://\xff/',)), (parse_qsl, (b'a=%D0%B6',)),
                (urlunsplit, (('http', b'h', '', '', ''),))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
