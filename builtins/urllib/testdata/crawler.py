# A crawler simulation of the kind threading tutorials write: worker
# threads take URLs from a queue, "fetch" pages from a dict (no network),
# resolve links with urljoin, normalise them with urlsplit/urlunsplit,
# and a report is written with csv; Cyrillic paths are percent-encoded.
import csv
import io
import queue
import threading
from urllib.parse import urljoin, urlsplit, urlunsplit, quote, unquote, urlencode, parse_qs

SITE = {
    'https://пример.рф/': ['/каталог/', '/about?lang=ru', 'https://other.org/x'],
    'https://пример.рф/каталог/': ['товар?id=1', 'товар?id=2#отзывы', '../'],
    'https://пример.рф/каталог/товар?id=1': ['?id=2', '/'],
    'https://пример.рф/каталог/товар?id=2': ['/каталог/'],
    'https://пример.рф/about?lang=ru': ['/about?lang=en'],
    'https://пример.рф/about?lang=en': [],
}


def normalise(url):
    s = urlsplit(url)
    return urlunsplit((s.scheme, s.netloc.lower(), s.path or '/', s.query, ''))


tasks = queue.Queue()
seen = {normalise('https://пример.рф/')}
lock = threading.Lock()
visited = []
tasks.put('https://пример.рф/')


def worker():
    while True:
        url = tasks.get()
        if url is None:
            tasks.task_done()
            return
        links = SITE.get(url, [])
        with lock:
            visited.append((url, len(links)))
            for link in links:
                absolute = normalise(urljoin(url, link))
                if urlsplit(absolute).netloc == 'пример.рф' and absolute not in seen:
                    seen.add(absolute)
                    tasks.put(absolute)
        tasks.task_done()


threads = [threading.Thread(target=worker, name='crawler-%d' % i) for i in range(3)]
for t in threads:
    t.start()
tasks.join()
for _ in threads:
    tasks.put(None)
for t in threads:
    t.join()

out = io.StringIO()
w = csv.writer(out, lineterminator='\n')
w.writerow(['url', 'encoded path', 'query', 'links'])
for url, n in sorted(visited):
    s = urlsplit(url)
    w.writerow([url, quote(s.path), dict(parse_qs(s.query)), n])
print(out.getvalue(), end='')
print(len(visited), sorted(seen) == sorted(u for u, _ in visited))
print(unquote(quote('/каталог/товар')), urlencode({'q': 'поиск', 'page': 2}))
