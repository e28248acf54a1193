#!/usr/bin/env python3
"""Usage: python3 main.py [--depth N] [--workers N] [START]"""
import argparse
import logging
import sys

from crawler import Fetcher, crawl
from crawler.report import report


def main():
    p = argparse.ArgumentParser(description="Crawl the fake site.")
    p.add_argument("start", nargs="?", default="/")
    p.add_argument("--depth", type=int, default=3)
    p.add_argument("--workers", type=int, default=3)
    p.add_argument("--quiet", "-q", action="store_true")
    args = p.parse_args()
    logging.basicConfig(level=logging.ERROR if args.quiet else logging.WARNING,
                        format="%(name)s %(levelname)s %(message)s", stream=sys.stdout)
    fetcher = Fetcher(limit=2)
    result = crawl(fetcher, args.start, args.depth, args.workers)
    report(result)
    print(f"fetched {fetcher.count} pages,", "within the limit" if fetcher.peak <= 2 else "too many at once")
    return 1 if result.broken else 0


if __name__ == "__main__":
    sys.exit(main())
