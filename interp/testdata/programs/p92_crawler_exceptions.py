"""A downloader simulation: ThreadPoolExecutor, as_completed, exceptions raised in tasks, future.exception()."""
import concurrent.futures as cf
import time


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f'{url} answered {status}')
        self.url = url
        self.status = status


class ParseError(ValueError):
    pass


PAGES = {
    'https://site.test/': (0.03, 200, 'home page <a>x</a><a>y</a>'),
    'https://site.test/news': (0.01, 200, 'news <a>1</a>'),
    'https://site.test/old': (0.02, 404, ''),
    'https://site.test/slow': (0.05, 200, 'slow but fine <a>z</a>'),
    'https://site.test/broken': (0.01, 200, None),
    'https://site.test/500': (0.02, 500, ''),
    'https://site.test/empty': (0.0, 200, ''),
}


def download(url):
    delay, status, body = PAGES[url]
    time.sleep(delay)
    if status != 200:
        raise FetchError(url, status)
    try:
        links = body.count('<a>')
    except AttributeError as exc:
        raise ParseError(f'no body for {url}') from exc
    return {'url': url, 'size': len(body), 'links': links}


def short(url):
    return url.rsplit('/', 1)[-1] or '/'


results, failures = {}, {}
with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='dl') as pool:
    future_to_url = {pool.submit(download, url): url for url in PAGES}
    seen = 0
    for fut in cf.as_completed(future_to_url):
        seen += 1
        url = future_to_url[fut]
        exc = fut.exception()
        if exc is None:
            results[url] = fut.result()
        else:
            failures[url] = exc

print('completed:', seen, 'of', len(PAGES))
for url in sorted(results):
    r = results[url]
    print(f'  ok   {short(url):<7} size={r["size"]:>3} links={r["links"]}')
for url in sorted(failures):
    exc = failures[url]
    print(f'  fail {short(url):<7} {type(exc).__name__}: {exc}')
    if isinstance(exc, FetchError):
        print(f'       status={exc.status} url_ok={exc.url == url}')
    if exc.__cause__ is not None:
        print(f'       caused by {type(exc.__cause__).__name__}: {exc.__cause__}')
    print(f'       is ValueError: {isinstance(exc, ValueError)}; args={exc.args!r}')

# result() re-raises the same exception object
with cf.ThreadPoolExecutor(max_workers=1) as pool:
    fut = pool.submit(download, 'https://site.test/old')
    try:
        fut.result()
    except FetchError as exc:
        print('re-raised:', exc, '| same object:', exc is fut.exception())
    fut2 = pool.submit(download, 'https://site.test/missing')
    try:
        fut2.result(timeout=5)
    except KeyError as exc:
        print('KeyError repr:', repr(exc), 'done:', fut2.done())

statuses = sorted((getattr(e, 'status', None) or 0) for e in failures.values())
print('statuses:', statuses)
total_links = sum(r['links'] for r in results.values())
print('total links:', total_links)
print('ok ratio: {:.1%}'.format(len(results) / len(PAGES)))
