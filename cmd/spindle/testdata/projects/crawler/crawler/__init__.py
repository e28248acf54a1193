"""Assignment 4: a concurrent crawler over a fake web site (site/*.json)."""

from .fetch import Fetcher, PageNotFound
from .crawl import crawl, CrawlResult

__all__ = ["Fetcher", "PageNotFound", "crawl", "CrawlResult"]
