import json
import os
import threading

SITE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "site")


class PageNotFound(LookupError):
    pass


class Fetcher:
    """Reads pages from the site directory; at most `limit` at a time."""

    def __init__(self, site=SITE, limit=2):
        self.site = site
        self._sem = threading.BoundedSemaphore(limit)
        self._lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self.count = 0
        self._local = threading.local()

    def fetch(self, url):
        with self._sem:
            with self._lock:
                self.active += 1
                self.count += 1
                self.peak = max(self.peak, self.active)
            try:
                self._local.last = url
                path = os.path.join(self.site, url.strip("/").replace("/", "_") + ".json")
                if not os.path.exists(path):
                    raise PageNotFound(url)
                with open(path, encoding="utf-8") as f:
                    return json.load(f)
            finally:
                with self._lock:
                    self.active -= 1

    def last_url(self):
        return getattr(self._local, "last", None)
