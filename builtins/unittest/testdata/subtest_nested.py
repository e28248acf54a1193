# A nested subTest reports its own parameters, then its parents' (an
# inner value of the same name wins); the message is the inner one's.
import unittest


class Grid(unittest.TestCase):
    def test_cells(self):
        for row in range(2):
            with self.subTest(row=row):
                for col in range(2):
                    with self.subTest("клетка", col=col):
                        self.assertNotEqual((row, col), (1, 0))
                self.assertLess(row, 1, "после цикла")

    def test_shadow(self):
        with self.subTest(n=1, kind="outer"):
            with self.subTest(n=2):
                self.fail("inner n wins")


if __name__ == "__main__":
    unittest.main(verbosity=2)
