import threading
import unittest
from unittest import mock

from fetcher import Engine, Job
from fetcher import engine as engine_mod
from fetcher.backends import BACKENDS, load
from fetcher.engine import FetchError


class SlowBackend:
    """Holds every fetch until all workers are inside one."""

    def __init__(self, n):
        self.barrier = threading.Barrier(n, timeout=5)
        self.seen = []
        self.lock = threading.Lock()

    def fetch(self, url):
        with self.lock:
            self.seen.append(threading.current_thread().name)
        self.barrier.wait()
        return url.upper()


class EngineTest(unittest.TestCase):
    def test_results_sorted(self):
        e = Engine(workers=3, backoff=0)
        results = e.run([Job("/news"), Job("/"), Job("/about")])
        self.assertEqual([r.job.url for r in results], ["/", "/about", "/news"])
        self.assertEqual(e.stats, {"ok": 3, "failed": 0, "attempts": 4})

    def test_workers_run_concurrently(self):
        e = Engine(workers=3)
        e.backend = SlowBackend(3)
        results = e.run([Job(u) for u in ("/a", "/b", "/c")])
        self.assertEqual([r.body for r in results], ["/A", "/B", "/C"])
        self.assertCountEqual(e.backend.seen, ["fetch_0", "fetch_1", "fetch_2"])

    @mock.patch("fetcher.engine.time.sleep")
    def test_backoff(self, sleep):
        e = Engine(workers=1, backoff=0.5)
        [r] = e.run([Job("/missing", retries=2)])
        self.assertEqual(r.attempts, 3)
        self.assertEqual(sleep.call_args_list, [mock.call(0.5), mock.call(1.0), mock.call(1.5)])

    def test_patch_where_looked_up(self):
        fake = mock.Mock()
        fake.return_value.fetch.return_value = "подменено"
        with mock.patch("fetcher.backends.load", fake):
            e = Engine()  # engine imported load by name: this patch misses it
        self.assertNotIsInstance(e.backend, mock.Mock)
        with mock.patch("fetcher.engine.load_backend", fake):
            e = Engine("anything")
        fake.assert_called_once_with("anything")
        self.assertEqual(e.fetch_one(Job("/")).body, "подменено")

    def test_logs_from_workers(self):
        e = Engine(workers=2, backoff=0)
        with self.assertLogs("fetcher.engine", "INFO") as cm:
            e.run([Job("/missing"), Job("/news")])
        self.assertEqual(sorted(cm.output), [
            "INFO:fetcher.engine:/missing: attempt 1 failed: 404 Not Found: /missing",
            "INFO:fetcher.engine:/missing: attempt 2 failed: 404 Not Found: /missing",
            "INFO:fetcher.engine:/news: attempt 1 failed: 503 Service Unavailable",
            "INFO:fetcher.engine:fetched 2 pages with 2 workers",
        ])

    def test_report(self):
        e = Engine(workers=1, backoff=0)
        text = e.report(e.run([Job("/about"), Job("/x", retries=0)]))
        self.assertEqual(text.splitlines()[-1], "ok=1 failed=1 attempts=2")


class BackendTest(unittest.TestCase):
    def test_lazy_import(self):
        load("files")
        self.assertIn("files", BACKENDS)
        self.assertEqual(BACKENDS["files"].name, "files")

    def test_unknown(self):
        with self.assertRaisesRegex(ValueError, r"unknown backend 'ftp'; known: files, memory"):
            load("ftp")

    def test_files_error(self):
        with self.assertRaises(FetchError) as cm:
            load("files").fetch("/nowhere")
        self.assertEqual(str(cm.exception), "no file nowhere.html")

    @mock.patch.object(engine_mod, "ThreadPoolExecutor")
    def test_pool_args(self, pool_cls):
        pool = pool_cls.return_value.__enter__.return_value
        pool.submit.side_effect = lambda fn, job: mock.Mock(result=mock.Mock(return_value=fn(job)))
        with mock.patch.object(engine_mod, "as_completed", side_effect=lambda fs: list(fs)):
            results = Engine(workers=7, backoff=0).run([Job("/")])
        pool_cls.assert_called_once_with(max_workers=7, thread_name_prefix="fetch")
        self.assertEqual(results[0].body, "<h1>Главная</h1>")


if __name__ == "__main__":
    unittest.main(verbosity=2)
