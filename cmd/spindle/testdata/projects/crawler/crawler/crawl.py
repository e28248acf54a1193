import collections
import heapq
import logging
from concurrent.futures import ALL_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Dict, List, Set

from .fetch import PageNotFound

log = logging.getLogger("crawler")


@dataclass
class CrawlResult:
    pages: Dict[str, dict] = field(default_factory=dict)
    broken: Set[str] = field(default_factory=set)
    depth: Dict[str, int] = field(default_factory=dict)
    words: collections.Counter = field(default_factory=collections.Counter)

    def top_words(self, n=3):
        return heapq.nsmallest(n, self.words.items(), key=lambda kv: (-kv[1], kv[0]))

    def links_to(self):
        incoming = collections.defaultdict(list)
        for url, page in sorted(self.pages.items()):
            for link in page["links"]:
                incoming[link].append(url)
        return dict(incoming)


def crawl(fetcher, start, max_depth=3, workers=3):
    """Breadth-first over links, one level at a time on a pool: the
    result does not depend on the order in which fetches finish."""
    result = CrawlResult()
    result.depth[start] = 0
    level = [start]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for d in range(max_depth + 1):
            if not level:
                break
            futures = {pool.submit(fetcher.fetch, url): url for url in level}
            wait(futures, return_when=ALL_COMPLETED)
            level = []
            for fut, url in sorted(futures.items(), key=lambda kv: kv[1]):
                try:
                    page = fut.result()
                except PageNotFound:
                    log.warning("broken link: %s", url)
                    result.broken.add(url)
                    continue
                result.pages[url] = page
                result.words.update(w.lower().strip(".,!?") for w in page["text"].split())
                for link in page["links"]:
                    if link not in result.depth and d < max_depth:
                        result.depth[link] = d + 1
                        level.append(link)
    return result
