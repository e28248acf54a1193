"""Автопроверка: сортировки."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from algos import SORTS, merge_sort, insertion_sort  # noqa: E402
from algos.util import Counter, natural_key  # noqa: E402

LOG = []


def setUpModule():
    LOG.append("module up")


def tearDownModule():
    LOG.append("module down")
    print("\nlog:", LOG, file=sys.stderr)


class SortTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        LOG.append("class up")
        cls.cases = [[], [1], [2, 1], [3, 1, 2], [5, 5, 1], list(range(10, 0, -1))]

    @classmethod
    def tearDownClass(cls):
        LOG.append("class down")

    def test_all_sorts(self):
        """Каждая сортировка сортирует каждый случай."""
        for name, fn in SORTS.items():
            for case in self.cases:
                with self.subTest(sort=name, case=case):
                    self.assertEqual(fn(case), sorted(case))

    def test_stable(self):
        pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
        for fn in (merge_sort, insertion_sort):
            with self.subTest(fn=fn.__name__):
                self.assertEqual(fn(pairs, key=lambda p: p[0]), [(0, "a"), (0, "b"), (1, "b"), (1, "a")])

    def test_counts(self):
        c = Counter()
        insertion_sort(list(range(5)), counter=c)
        self.assertEqual(c.count, 4)
        c = Counter()
        merge_sort([4, 3, 2, 1], counter=c)
        self.assertLessEqual(c.count, 5)

    def test_natural(self):
        self.assertCountEqual(merge_sort(["b2", "b10", "a1"], key=natural_key), ["a1", "b10", "b2"])
        self.assertEqual(merge_sort(["b2", "b10", "a1"], key=natural_key), ["a1", "b2", "b10"])


class GradingTest(unittest.TestCase):
    """Tests the grader knows are wrong."""

    def test_wrong_answer(self):
        """Студент ожидал неверный порядок."""
        for case, want in [([2, 1], [1, 2]), ([3, 2, 1], [3, 2, 1]), ([1, 1], [1, 1])]:
            with self.subTest(case=case):
                self.assertEqual(merge_sort(case), want)

    def test_crash(self):
        merge_sort([1, "два", 3])

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(insertion_sort("cba"), "abc")

    @unittest.expectedFailure
    def test_fixed_bug(self):
        self.assertEqual(insertion_sort([2, 1]), [1, 2])

    @unittest.skipIf(sys.version_info >= (3, 0), "нужен Python 2")
    def test_python2(self):
        self.fail("unreachable")


if __name__ == "__main__":
    unittest.main()
