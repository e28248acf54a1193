import os
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from textstats import DATA_DIR, word_counts, top_words  # noqa: E402
from textstats.counts import read  # noqa: E402

FIXTURE = os.path.join(os.path.dirname(__file__), "fixture.txt")


class CountsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.poem = read(os.path.join(DATA_DIR, "poem.txt"))

    def test_counts(self):
        c = word_counts("a b a")
        self.assertEqual(c["a"], 2)
        self.assertEqual(c["zzz"], 0)

    def test_poem(self):
        self.assertEqual(len(self.poem.splitlines()), 4)
        self.assertIn("мороз", word_counts(self.poem))

    def test_top(self):
        self.assertEqual(top_words("b a b c a b"), [("b", 3), ("a", 2), ("c", 1)])

    def test_fixture(self):
        self.assertTrue(os.path.exists(FIXTURE))
        self.assertEqual(top_words(read(FIXTURE), 1), [("раз", 3)])

    def test_almost(self):
        share = word_counts(self.poem)["the"] / sum(word_counts(self.poem).values())
        self.assertAlmostEqual(share, 0.0588, places=3)
        self.assertAlmostEqual(share, 0.06, delta=0.01)


if __name__ == "__main__":
    unittest.main()
