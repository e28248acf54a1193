"""unittest.main(exit=False) on threaded code: the report goes to stderr."""
import queue
import threading
import unittest


class SafeQueueWrapper:
    def __init__(self):
        self.q = queue.Queue()
        self.count = 0
        self.lock = threading.Lock()

    def put_many(self, items):
        for it in items:
            self.q.put(it)
            with self.lock:
                self.count += 1

    def drain(self):
        out = []
        while True:
            try:
                out.append(self.q.get_nowait())
            except queue.Empty:
                return out


class TestWrapper(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        self.w = SafeQueueWrapper()

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_put_many_threads(self):
        ts = [threading.Thread(target=self.w.put_many, args=(range(i * 10, i * 10 + 10),))
              for i in range(5)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        self.assertEqual(self.w.count, 50)
        self.assertEqual(sorted(self.w.drain()), list(range(50)))

    def test_drain_empty(self):
        self.assertEqual(self.w.drain(), [])

    def test_subtests(self):
        for n in (1, 2, 3):
            with self.subTest(n=n):
                self.w.put_many(range(n))
                self.assertEqual(len(self.w.drain()), n)

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertIsNone(None)
        self.assertIsInstance(self.w.q, queue.Queue)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_fail_message(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])


if __name__ == "__main__":
    prog = unittest.main(exit=False, verbosity=0)
    r = prog.result
    print("ran", r.testsRun, "failures", len(r.failures), "errors", len(r.errors))
    for test, tb in r.failures:
        print(test.id(), "->", tb.strip().splitlines()[-1])
