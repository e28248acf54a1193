# urllib.request in spindle: Request objects work; urlopen raises
# URLError (spindle opens no network connections), which code handling
# failed downloads catches. The message differs from CPython's (no DNS),
# so the script prints only the exception's class.
import urllib.request
import urllib.error
from urllib.request import Request, urlopen
from urllib.error import URLError, HTTPError

req = Request('https://example.com/api/данные?x=1#top', data=b'{}',
              headers={'content-type': 'application/json', 'X-Token': 'abc'})
print(req.full_url, req.type, req.host, req.selector, req.fragment)
print(req.get_method(), req.get_full_url(), req.data)
print(req.has_header('Content-type'), req.get_header('X-token'), req.get_header('Nope', 'd'))
req.add_header('user-agent', 'crawler/1.0')
print(sorted(req.header_items()))
req.remove_header('X-token')
print(sorted(req.headers))
print(Request('http://h/p', method='PUT').get_method(), Request('http://h/p').get_method())
try:
    Request('not a url')
except ValueError as e:
    print('ValueError:', e)

print(issubclass(URLError, OSError), issubclass(HTTPError, URLError))
e = URLError('timed out')
print(e, repr(e.reason), e.args)
h = HTTPError('http://h/x', 404, 'Not Found', {}, None)
print(h, repr(h), h.code, h.reason, h.getcode(), h.filename)
try:
    raise h
except URLError as err:
    print('caught', type(err).__name__, err.code)


def fetch(url):
    try:
        with urlopen(url, timeout=0.001) as r:
            return r.read()
    except URLError as err:
        return 'failed: ' + type(err).__name__
    except OSError as err:
        return 'oserror: ' + type(err).__name__


print(fetch('http://nonexistent.invalid/'))
print(urllib.request.Request is Request, urllib.error.URLError is URLError)
