"""spindle's urllib.request: spindle is hermetic and opens no network
connections. Request objects can be built and inspected, so that code
which only sometimes downloads loads; urlopen and urlretrieve raise
urllib.error.URLError saying so, which code handling failed downloads
catches as it would a real one."""

from urllib.error import URLError, HTTPError
from urllib.parse import urlsplit, unquote

__all__ = ['Request', 'urlopen', 'urlretrieve', 'URLError', 'HTTPError']

_REFUSAL = 'spindle does not open network connections'


class Request:
    """An HTTP request: its URL, data, headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self.data = data
        for key, value in headers.items():
            self.add_header(key, value)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        url = unquote(url)
        self._full_url, _, self.fragment = url.partition('#')
        parts = urlsplit(self._full_url)
        if not parts.scheme or ':' not in self._full_url:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.type = parts.scheme
        self.host = parts.netloc
        self.selector = self._full_url[len(self.type) + 1 + 2 + len(self.host):] if self.host else self._full_url[len(self.type) + 1:]

    def get_method(self):
        default = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default)

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


def urlopen(url, data=None, timeout=None, *, context=None):
    """Raises URLError: spindle opens no network connections."""
    raise URLError(_REFUSAL)


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Raises URLError: spindle opens no network connections."""
    raise URLError(_REFUSAL)


def build_opener(*handlers):
    """Raises URLError: spindle opens no network connections."""
    raise URLError(_REFUSAL)
