"""Crawler simulation: BFS over a fake site with ThreadPoolExecutor, as_completed,
failing fetches printed via future.exception(), retries and a visited set."""
import argparse
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from collections import deque, namedtuple


def urlparse(url):
    scheme, _, rest = url.partition("://")
    netloc, slash, path = rest.partition("/")
    return argparse.Namespace(scheme=scheme, netloc=netloc, path=slash + path)


def urljoin(base, link):
    if "://" in link:
        return link
    p = urlparse(base)
    return f"{p.scheme}://{p.netloc}{link}"

Page = namedtuple("Page", ["url", "status", "links"])


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{status} for {url}")
        self.url = url
        self.status = status


SITE = {
    "/": ["/docs", "/blog", "/about"],
    "/docs": ["/docs/intro", "/docs/api", "/"],
    "/docs/intro": ["/docs/api"],
    "/docs/api": ["/docs/api/v2", "/missing"],
    "/docs/api/v2": [],
    "/blog": ["/blog/2024", "/blog/секрет"],
    "/blog/2024": ["/"],
    "/about": ["https://other.example/x"],
}
FLAKY = {"/blog/2024": 1}
attempts = {}
alock = threading.Lock()
BASE = "https://site.example"


def fetch(url):
    path = urlparse(url).path or "/"
    with alock:
        attempts[path] = attempts.get(path, 0) + 1
        n = attempts[path]
    time.sleep(0.002 * (len(path) % 4))
    if path in FLAKY and n <= FLAKY[path]:
        raise TimeoutError(f"timeout fetching {path}")
    if path not in SITE:
        raise FetchError(url, 404)
    return Page(url, 200, [urljoin(url, l) for l in SITE[path]])


visited = set()
results = {}
errors = {}
frontier = deque([BASE + "/"])
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="crawler") as pool:
    while frontier:
        batch = []
        while frontier:
            u = frontier.popleft()
            if u in visited or urlparse(u).netloc != "site.example":
                continue
            visited.add(u)
            batch.append(u)
        futures = {pool.submit(fetch, u): u for u in batch}
        for fut in as_completed(futures):
            u = futures[fut]
            exc = fut.exception()
            if exc is None:
                page = fut.result()
                results[u] = page
                frontier.extend(page.links)
            elif isinstance(exc, TimeoutError):
                print(f"retrying {urlparse(u).path}: {exc}")
                visited.discard(u)
                frontier.append(u)
            else:
                errors[u] = exc

for u in sorted(results):
    p = results[u]
    print(f"{p.status} {urlparse(u).path:<14} -> {len(p.links)} links")
for u, e in sorted(errors.items()):
    print(f"ERR {urlparse(u).path}: {type(e).__name__}: {e} (status={e.status})")
print("attempts:", dict(sorted(attempts.items())))
external = sorted({l for p in results.values() for l in p.links if not l.startswith(BASE)})
print("external links:", external)
print("pages:", len(results), "errors:", len(errors), "visited:", len(visited))
