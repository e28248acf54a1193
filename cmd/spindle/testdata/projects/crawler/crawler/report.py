"""python3 -m crawler.report: crawl the site from / and print a report."""

from . import Fetcher, crawl


def report(result, out=print):
    out(f"pages: {len(result.pages)}, broken: {sorted(result.broken)}")
    for url in sorted(result.pages, key=lambda u: (result.depth[u], u)):
        title = result.pages[url]["title"]
        out(f"  {'  ' * result.depth[url]}{url:<12} {title}")
    out("top words: " + ", ".join(f"{w}={n}" for w, n in result.top_words()))
    for target, sources in sorted(result.links_to().items()):
        out(f"  {target} <- {', '.join(sources)}")


if __name__ == "__main__":
    report(crawl(Fetcher(), "/"))
