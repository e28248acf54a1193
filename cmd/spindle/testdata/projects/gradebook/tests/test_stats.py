import unittest

from grades import mean, median, letter, Grade
from grades.stats import THRESHOLDS


class StatsTest(unittest.TestCase):
    def test_mean(self):
        self.assertAlmostEqual(mean([0.1, 0.2, 0.3]), 0.2)
        self.assertAlmostEqual(mean([1, 2]), 1.49, places=1)
        self.assertAlmostEqual(mean([10, 11]), 10.4, delta=0.2)

    def test_mean_empty(self):
        with self.assertRaisesRegex(ValueError, r"empty \w+"):
            mean([])

    def test_median(self):
        for data, want in [([1], 1), ([3, 1, 2], 2), ([4, 1, 3, 2], 2.5)]:
            with self.subTest(data=data):
                self.assertEqual(median(data), want)

    def test_letters(self):
        """Границы оценок (одна намеренно неверна)."""
        cases = {95: Grade.A, 90: Grade.A, 75: Grade.B, 74.9: Grade.C, 60: Grade.B, 10: Grade.F}
        for score, want in cases.items():
            with self.subTest(score=score):
                self.assertEqual(letter(score), want)

    def test_thresholds_sorted(self):
        bounds = [b for b, _ in THRESHOLDS]
        self.assertEqual(bounds, sorted(bounds, reverse=True))

    def test_almost_fails(self):
        self.assertAlmostEqual(mean([1, 2, 4]), 2.3, places=3)


if __name__ == "__main__":
    unittest.main()
