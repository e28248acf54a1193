"""Tests for assignment 4 (run: python3 tests/test_crawl.py)."""
import os
import sys
import threading
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from crawler import Fetcher, PageNotFound, crawl  # noqa: E402
from crawler.report import report  # noqa: E402


class FetcherTest(unittest.TestCase):
    def test_fetch(self):
        page = Fetcher().fetch("/about")
        self.assertEqual(page["title"], "О нас")
        self.assertIn("/team", page["links"])

    def test_missing(self):
        with self.assertRaises(PageNotFound) as cm:
            Fetcher().fetch("/nope")
        self.assertEqual(cm.exception.args, ("/nope",))

    def test_thread_local(self):
        f = Fetcher()
        f.fetch("/")
        seen = []
        t = threading.Thread(target=lambda: seen.append(f.last_url()))
        t.start()
        t.join()
        self.assertEqual((f.last_url(), seen), ("/", [None]))


class CrawlTest(unittest.TestCase):
    def setUp(self):
        self.fetcher = Fetcher(limit=2)

    def test_depths(self):
        r = crawl(self.fetcher, "/", max_depth=2, workers=4)
        self.assertEqual(r.depth["/docs/threads"], 2)
        self.assertNotIn("/deep/2", r.pages)
        self.assertLessEqual(self.fetcher.peak, 2)

    def test_same_for_any_workers(self):
        results = [crawl(Fetcher(), "/", workers=w) for w in (1, 2, 5)]
        for r in results[1:]:
            with self.subTest(pages=len(r.pages)):
                self.assertEqual(r.pages, results[0].pages)
                self.assertEqual(r.broken, {"/missing", "/old"})

    def test_top_words(self):
        r = crawl(self.fetcher, "/")
        self.assertEqual(r.top_words(2), [("python", 4), ("потоки", 3)])

    def test_report(self):
        lines = []
        report(crawl(self.fetcher, "/blog", max_depth=1), lines.append)
        self.assertEqual(lines[0], "pages: 3, broken: ['/old']")
        self.assertEqual(lines[1:4], ["  /blog        Блог", "    /blog/1      Потоки", "    /blog/2      Очереди"])


if __name__ == "__main__":
    result = unittest.main(argv=[sys.argv[0], "-v"] + sys.argv[1:], exit=False).result
    print("ok" if result.wasSuccessful() else f"{len(result.failures)} failed", "of", result.testsRun)
