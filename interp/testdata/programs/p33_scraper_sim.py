"""A web-scraper simulation: fake pages fetched by a pool, links followed."""
import concurrent.futures as cf
import re
import threading
import time

SITE = {
    "/": '<a href="/about">About</a> <a href="/blog">Blog</a> <title>Home</title>',
    "/about": '<title>About us</title> <a href="/">home</a> <a href="/team">team</a>',
    "/blog": '<title>Blog</title> <a href="/blog/1">1</a> <a href="/blog/2">2</a> <a href="/missing">x</a>',
    "/blog/1": "<title>First post</title> words words words",
    "/blog/2": '<title>Second post</title> <a href="/blog/1">prev</a>',
    "/team": "<title>Команда</title> Иван, Мария, Пётр",
}
BASE = "https://example.org"
LINK_RE = re.compile(r'href="([^"]+)"')
TITLE_RE = re.compile(r"<title>(.*?)</title>")


def urljoin(base, href):
    if href.startswith("/"):
        scheme, _, rest = base.partition("://")
        return f"{scheme}://{rest.split('/', 1)[0]}{href}"
    return base.rstrip("/") + "/" + href


class NotFound(Exception):
    def __init__(self, url):
        super().__init__(f"404 Not Found: {url}")
        self.url = url


def fetch(url):
    path = url[len(BASE):] or "/"
    time.sleep(0.002 * (len(path) % 3))
    if path not in SITE:
        raise NotFound(url)
    return SITE[path]


def parse(url, html):
    title = TITLE_RE.search(html)
    links = [urljoin(url, href) for href in LINK_RE.findall(html)]
    return (title.group(1) if title else "?"), links


def crawl(start, workers=3):
    seen = {start}
    lock = threading.Lock()
    pages, errors = {}, {}
    with cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="crawler") as pool:
        pending = {pool.submit(fetch, start): start}
        while pending:
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for fut in done:
                url = pending.pop(fut)
                try:
                    html = fut.result()
                except NotFound as e:
                    errors[url] = str(e)
                    continue
                title, links = parse(url, html)
                pages[url] = (title, len(html.split()))
                for link in links:
                    with lock:
                        if link in seen:
                            continue
                        seen.add(link)
                    pending[pool.submit(fetch, link)] = link
    return pages, errors, seen


def main():
    pages, errors, seen = crawl(BASE + "/")
    print(f"crawled {len(pages)} pages, {len(errors)} errors, {len(seen)} urls seen")
    width = max(len(u) for u in pages)
    for url in sorted(pages):
        title, words = pages[url]
        print(f"{url:<{width}}  {title!r:>16}  {words:3d} words")
    for url, msg in sorted(errors.items()):
        print("ERR", msg)
    total = sum(w for _, w in pages.values())
    print("total words: {:,}; avg {:.2f}".format(total, total / len(pages)))
    print("titles:", ", ".join(sorted(t for t, _ in pages.values())))
    print("upper team:", pages[BASE + "/team"][0].upper(), len(pages[BASE + "/team"][0]))


if __name__ == "__main__":
    main()
