"""Testing a thread-safe counter with unittest (course homework style)."""
import io
import threading
import unittest
from concurrent.futures import ThreadPoolExecutor


class Counter:
    def __init__(self, start: int = 0) -> None:
        self._value = start
        self._lock = threading.Lock()

    def increment(self, by: int = 1) -> int:
        with self._lock:
            self._value += by
            return self._value

    @property
    def value(self) -> int:
        with self._lock:
            return self._value

    def __repr__(self) -> str:
        return f"{type(self).__name__}(value={self._value})"


class CounterTests(unittest.TestCase):
    def setUp(self):
        self.counter = Counter()

    def test_single_thread(self):
        for _ in range(10):
            self.counter.increment()
        self.assertEqual(self.counter.value, 10)

    def test_many_threads(self):
        threads = [threading.Thread(target=lambda: [self.counter.increment() for _ in range(1000)])
                   for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(self.counter.value, 8000)

    def test_pool(self):
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(self.counter.increment, [2] * 50))
        self.assertEqual(sorted(results), list(range(2, 101, 2)))
        self.assertIn("value=100", repr(self.counter))

    def test_negative(self):
        self.counter.increment(-5)
        self.assertLess(self.counter.value, 0)
        self.assertTrue(self.counter.value == -5, "should be -5")

    def test_deliberate_failure(self):
        self.counter.increment(3)
        self.assertEqual(self.counter.value, 4, "off by one on purpose")

    def test_error(self):
        raise ValueError("boom in test")

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_raises(self):
        with self.assertRaises(TypeError):
            self.counter.increment("x")
        with self.assertRaisesRegex(TypeError, "unsupported operand"):
            self.counter.increment(None)


if __name__ == "__main__":
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    suite = unittest.TestLoader().loadTestsFromTestCase(CounterTests)
    result = runner.run(suite)
    for line in stream.getvalue().splitlines():
        if line.startswith(("test_", "OK", "FAILED", "Ran", "FAIL:", "ERROR:", "AssertionError", "ValueError")):
            print(line.split(" in ")[0] if line.startswith("Ran") else line)
    print("run:", result.testsRun)
    print("failures:", [t.id().split(".")[-1] for t, _ in result.failures])
    print("errors:", [t.id().split(".")[-1] for t, _ in result.errors])
    print("skipped:", [(t.id().split(".")[-1], why) for t, why in result.skipped])
    print("expected failures:", len(result.expectedFailures))
    print("successful:", result.wasSuccessful())
