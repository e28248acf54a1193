# urllib.parse over random URLs and strings: split, parse, join, quote,
# unquote and query parsing must agree with CPython (digests; random is
# CPython's after seed).
import hashlib
import random
from urllib.parse import (urlsplit, urlparse, urljoin, urlunsplit, quote, quote_plus,
                          unquote, unquote_plus, parse_qsl, urlencode, urldefrag)

random.seed(7)
PARTS = ['http', 'https', 'ftp', 'mailto', ':', '//', '/', '?', '#', ';', '=', '&', '@', '[', ']',
         'a', 'Host.COM', '80', '..', '.', '%', '%2F', '%D0%B6', 'ж', ' ', '+', '\t', 'x y', '~']


def rand():
    return ''.join(random.choice(PARTS) for _ in range(random.randrange(8)))


digest = hashlib.md5()
errors = 0
for n in range(1500):
    u, v = rand(), rand()
    try:
        s = urlsplit(u)
        p = urlparse(u)
        out = (s, p, s.geturl(), p.geturl(), urlunsplit(s), s.hostname, s.username, s.password,
               urljoin(u, v), urljoin('http://a/b/c/d;p?q', v), urldefrag(u),
               quote(u), quote(u, safe=''), quote_plus(u), unquote(u), unquote_plus(u),
               parse_qsl(u, keep_blank_values=True), urlencode({u: v}))
        try:
            out += (s.port,)
        except ValueError as e:
            out += ('port: ' + str(e),)
    except ValueError as e:
        out = 'ValueError: ' + str(e)
        errors += 1
    digest.update(repr((u, v, out)).encode())
print(errors, digest.hexdigest())
