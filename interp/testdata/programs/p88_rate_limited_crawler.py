"""A rate-limited crawler simulation: BoundedSemaphore, Queue and a visited set under a lock."""
import queue
import threading
import time


def urljoin(base, link):
    if '://' in link:
        return link
    root = base.split('/', 3)[:3]
    return '/'.join(root) + (link if link.startswith('/') else '/' + link)


class Parsed:
    def __init__(self, url):
        scheme, _, rest = url.partition('://')
        netloc, slash, path = rest.partition('/')
        self.scheme, self.netloc, self.path = scheme, netloc, slash + path

    def __repr__(self):
        return f'Parsed(scheme={self.scheme!r}, netloc={self.netloc!r}, path={self.path!r})'


urlparse = Parsed

SITE = {
    'https://example.org/': ['/about', '/blog', '/blog/1'],
    'https://example.org/about': ['/', '/team'],
    'https://example.org/blog': ['/blog/1', '/blog/2', 'https://other.net/x'],
    'https://example.org/blog/1': ['/blog', '/blog/2'],
    'https://example.org/blog/2': ['/blog/3'],
    'https://example.org/blog/3': [],
    'https://example.org/team': ['/about', '/missing'],
}

MAX_PARALLEL = 2
limiter = threading.BoundedSemaphore(MAX_PARALLEL)
in_flight = 0
peak = 0
state = threading.Lock()
visited = set()
errors = []
frontier = queue.Queue()


def fetch(url):
    global in_flight, peak
    with limiter:
        with state:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.003)
        with state:
            in_flight -= 1
        if url not in SITE:
            raise LookupError(f'404 {urlparse(url).path}')
        return SITE[url]


def crawler():
    while True:
        url = frontier.get()
        if url is None:
            frontier.task_done()
            return
        try:
            links = fetch(url)
        except LookupError as e:
            with state:
                errors.append(str(e))
        else:
            for link in links:
                absolute = urljoin(url, link)
                if urlparse(absolute).netloc != 'example.org':
                    continue
                with state:
                    if absolute in visited:
                        continue
                    visited.add(absolute)
                frontier.put(absolute)
        finally:
            frontier.task_done()


start = 'https://example.org/'
visited.add(start)
frontier.put(start)
workers = [threading.Thread(target=crawler, name=f'crawler-{i}') for i in range(4)]
for w in workers:
    w.start()
frontier.join()
for _ in workers:
    frontier.put(None)
for w in workers:
    w.join()
print('visited:')
for url in sorted(visited):
    print('  ', urlparse(url).path or '/')
print('errors:', errors)
print('peak parallel <= limit:', peak <= MAX_PARALLEL)
print(urlparse('https://user@example.org:8080/a/b'))
print(urljoin('https://example.org/blog/1', 'about'), urljoin('https://example.org/a/', 'https://x.org/b'))
