import threading
import time
import unittest

from pipeline import Pipeline, square, keep_even
from pipeline import stages


class PipelineTest(unittest.TestCase):
    def test_order_kept(self):
        p = Pipeline(square)
        self.assertEqual(p.run([3, 1, 2]), [9, 1, 4])

    def test_two_stages(self):
        p = Pipeline(square, keep_even)
        self.assertEqual(p.run(range(6)), [0, 4, 16])
        self.assertEqual(p.processed, 12)

    def test_parallel_map(self):
        p = Pipeline(workers=4)
        seen = set()
        lock = threading.Lock()

        def work(x):
            with lock:
                seen.add(threading.current_thread().name)
            time.sleep(0.001)
            return -x
        self.assertEqual(p.map_parallel(work, range(8)), [0, -1, -2, -3, -4, -5, -6, -7])
        self.assertTrue(1 <= len(seen) <= 4)

    def test_event_handshake(self):
        ready, go = threading.Event(), threading.Event()
        box = []

        def worker():
            ready.set()
            go.wait(5)
            box.append("работа сделана")
        t = threading.Thread(target=worker)
        t.start()
        self.assertTrue(ready.wait(5))
        self.assertEqual(box, [])
        go.set()
        t.join()
        self.assertEqual(box, ["работа сделана"])

    def test_stage_error_in_thread(self):
        """Ошибка в потоке не роняет тест, но результат неполный."""
        errors = []

        def hook(args):
            errors.append(args.exc_type.__name__)
        old = threading.excepthook
        threading.excepthook = hook
        try:
            t = threading.Thread(target=lambda: 1 / 0)
            t.start()
            t.join()
        finally:
            threading.excepthook = old
        self.assertEqual(errors, ["ZeroDivisionError"])

    def test_failing_in_worker(self):
        p = Pipeline(workers=2)
        with self.assertRaises(ZeroDivisionError):
            p.map_parallel(lambda x: 1 // x, [1, 0])

    def test_sentinel_private(self):
        self.assertNotIn("_SENTINEL", stages.__dict__.get("__all__", []))
        self.assertIs(stages._SENTINEL, stages._SENTINEL)

    def test_timeout_fails(self):
        # a failing test whose message names the thread
        t = threading.Thread(target=time.sleep, args=(0.01,), name="медленный")
        t.start()
        t.join()
        self.assertTrue(t.is_alive(), f"поток {t.name} уже завершён")
