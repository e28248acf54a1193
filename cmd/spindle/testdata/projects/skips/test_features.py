import sys
import unittest

import features
from features import parse_version

events = []


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


class VersionTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        self.addCleanup(events.append, "cleanup " + self._testMethodName)

    def test_parse(self):
        """Разбор версии."""
        self.assertEqual(parse_version("3.11.7"), (3, 11, 7))

    def test_many(self):
        cases = {"1": (1,), "1.2": (1, 2), "2.x": None, "10.0.1": (10, 0, 1), "1..2": None}
        for text, want in cases.items():
            with self.subTest(text=text):
                if want is None:
                    with self.assertRaises(ValueError):
                        parse_version(text)
                else:
                    self.assertEqual(parse_version(text), want)

    def test_subtest_failures(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0, f"нечётное {i}")

    @unittest.skip("ещё не готово")
    def test_skipped(self):
        self.fail("never")

    @unittest.skipIf(not features.HAS_FAST, "no fast path")
    def test_fast(self):
        pass

    @unittest.skipUnless(sys.platform.startswith("linux"), "linux only")
    def test_linux(self):
        self.assertEqual(features.PLATFORM, sys.platform)

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(parse_version("1.0"), (1,))

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(parse_version("1"), (1,))

    def test_skip_inside(self):
        self.skipTest("skipped from inside")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class OrderTest(unittest.TestCase):
    def test_zz_events(self):
        self.assertEqual(events[:2], ["setUpModule", "setUpClass"])
        self.assertIn("tearDownClass", events)
        self.assertIn("cleanup test_parse", events)

    def test_count_equal(self):
        self.assertCountEqual([3, 1, 2, 1], [1, 1, 2, 3])
        self.assertCountEqual("абв", "вба")

    def test_count_equal_fails(self):
        self.assertCountEqual([1, 2, 2, "x"], [2, 1, 1])


if __name__ == "__main__":
    unittest.main()
