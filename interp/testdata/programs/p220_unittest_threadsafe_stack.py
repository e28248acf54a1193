"""Course repository "testing concurrent code": a thread-safe Stack with a
Condition, tested with unittest.TestCase (setUp/tearDown, subTest,
assertRaises as a context manager, assertCountEqual, skipIf, expectedFailure)
and run with TextTestRunner on a StringIO stream, then the summary printed.
"""
import io
import threading
import unittest
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self, limit: int = 3) -> None:
        self._items: List[T] = []
        self._limit = limit
        self._cond = threading.Condition()

    def push(self, item: T, timeout: Optional[float] = None) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._items) < self._limit, timeout):
                raise TimeoutError(f"stack full ({self._limit})")
            self._items.append(item)
            self._cond.notify_all()

    def pop(self, timeout: Optional[float] = None) -> T:
        with self._cond:
            if not self._cond.wait_for(lambda: self._items, timeout):
                raise IndexError("pop from empty stack")
            item = self._items.pop()
            self._cond.notify_all()
            return item

    def __len__(self) -> int:
        with self._cond:
            return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r}, limit={self._limit})"


class StackTests(unittest.TestCase):
    def setUp(self):
        self.stack: Stack[int] = Stack(limit=3)

    def tearDown(self):
        self.stack = None

    def test_push_pop_lifo(self):
        for i in range(3):
            self.stack.push(i)
        self.assertEqual([self.stack.pop() for _ in range(3)], [2, 1, 0])

    def test_pop_empty_times_out(self):
        with self.assertRaises(IndexError) as cm:
            self.stack.pop(timeout=0.01)
        self.assertIn("empty", str(cm.exception))

    def test_full_times_out(self):
        for i in range(3):
            self.stack.push(i)
        self.assertRaisesRegex(TimeoutError, r"full \(3\)", self.stack.push, 9, 0.01)

    def test_producers_consumers(self):
        got = []
        lock = threading.Lock()

        def consume():
            for _ in range(5):
                item = self.stack.pop(timeout=5)
                with lock:
                    got.append(item)

        consumers = [threading.Thread(target=consume) for _ in range(2)]
        for c in consumers:
            c.start()
        for i in range(10):
            self.stack.push(i, timeout=5)
        for c in consumers:
            c.join()
        self.assertCountEqual(got, range(10))
        self.assertEqual(len(self.stack), 0)

    def test_repr(self):
        self.stack.push(1)
        for expected, item in [("Stack([1, 'a'], limit=3)", "a")]:
            with self.subTest(item=item):
                self.stack.push(item)
                self.assertEqual(repr(self.stack), expected)

    @unittest.skipIf(threading.active_count() > 0, "always skipped here")
    def test_skipped(self):
        self.fail("not run")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(len(Stack(limit=0)), 1)

    def test_failing_on_purpose(self):
        self.assertEqual(sorted([3, 1, 2]), [1, 2, 4], "sorted differs")


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(StackTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("ran:", result.testsRun)
print("failures:", [t.id().split(".")[-1] for t, _ in result.failures])
print("errors:", len(result.errors), "skipped:", [(t.id().split(".")[-1], why) for t, why in result.skipped])
print("expected failures:", len(result.expectedFailures), "success:", result.wasSuccessful())
out = stream.getvalue()
for line in out.splitlines():
    if line.startswith(("test_", "AssertionError", "FAILED", "OK", "FAIL:", "- ", "+ ", "? ")):
        print("|", line.replace(" (__main__.StackTests", " (StackTests"))
