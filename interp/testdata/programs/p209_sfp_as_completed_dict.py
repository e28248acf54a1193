"""superfastpython-style: a dict of futures, as_completed, partial, wait, shutdown(wait=False)."""
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
from functools import partial

PAGES = {
    "https://example.com/": 3,
    "https://example.com/about": 1,
    "https://example.com/missing": -1,
    "https://example.com/blog": 2,
}
release = {url: threading.Event() for url in PAGES}


def fetch(url: str, retries: int = 0) -> tuple[str, int]:
    release[url].wait()
    size = PAGES[url]
    if size < 0:
        raise ConnectionError(f"404 for {url}")
    return url, size * 1024 + retries


with ThreadPoolExecutor(max_workers=4) as executor:
    future_to_url = {executor.submit(partial(fetch, retries=1), url): url for url in PAGES}
    order = ["https://example.com/blog", "https://example.com/missing",
             "https://example.com/", "https://example.com/about"]
    seen = []
    release[order[0]].set()
    for future in as_completed(future_to_url):
        url = future_to_url[future]
        try:
            _, size = future.result()
            seen.append(f"{url.removeprefix('https://example.com')or '/':<10} {size:>6,d} bytes")
        except ConnectionError as exc:
            seen.append(f"{url.removeprefix('https://example.com'):<10} failed: {exc}")
        if len(seen) < len(order):
            release[order[len(seen)]].set()
print("\n".join(seen))

# wait(FIRST_COMPLETED) in a loop, as a progress monitor
for ev in release.values():
    ev.clear()
ex = ThreadPoolExecutor(2)
pending = {ex.submit(fetch, url) for url in PAGES if PAGES[url] > 0}
done_count = 0
urls = sorted(u for u in PAGES if PAGES[u] > 0)
release[urls[0]].set()
while pending:
    done, pending = wait(pending, return_when=FIRST_COMPLETED)
    for f in done:
        done_count += 1
        print(f"done {done_count}/3: {f.result()[0].rsplit('/', 1)[-1] or 'index'}")
    if done_count < len(urls):
        release[urls[done_count]].set()
ex.shutdown(wait=False)
print("shutdown requested; results:", done_count)

# map with a partial and a generator argument
with ThreadPoolExecutor(3) as ex:
    for ev in release.values():
        ev.set()
    good = (u for u in PAGES if PAGES[u] > 0)
    sizes = list(ex.map(partial(fetch, retries=7), good))
print([s for _, s in sizes])
print(sum(s for _, s in sizes) // 1024, "KiB total")
