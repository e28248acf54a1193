import threading

from . import backend
from ..engine import FetchError

PAGES = {
    "/": "<h1>Главная</h1>",
    "/about": "<p>О нас</p>",
    "/news": "<ul><li>Новость 1</li><li>Новость 2</li></ul>",
}


@backend("memory")
class MemoryBackend:
    def __init__(self):
        self.flaky = {"/news": 1}  # fails once, then works
        self.lock = threading.Lock()

    def fetch(self, url):
        with self.lock:
            if self.flaky.get(url, 0) > 0:
                self.flaky[url] -= 1
                raise FetchError("503 Service Unavailable")
        try:
            return PAGES[url]
        except KeyError:
            raise FetchError(f"404 Not Found: {url}") from None
