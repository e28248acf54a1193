import unittest

from calc.ops import divide, mean, parse, CalcError


class CalcTest(unittest.TestCase):
    def test_divide(self):
        self.assertEqual(divide(1, 3), 0.33)
        self.assertAlmostEqual(divide(2, 3), 0.6667, places=3)

    def test_divide_by_zero(self):
        with self.assertRaises(CalcError) as cm:
            divide(5, 0)
        self.assertIsInstance(cm.exception, ArithmeticError)
        self.assertEqual(cm.exception.args, ("деление на ноль: 5 / 0",))

    def test_mean_empty(self):
        # an error: ZeroDivisionError escapes
        mean([])

    def test_parse_bad(self):
        with self.assertRaisesRegex(ValueError, "could not convert"):
            parse("1,,2")

    def test_parse_wrong_expectation(self):
        self.assertEqual(parse("1, 2.5"), [1.0, 2.0])

    def test_almost_fails(self):
        self.assertAlmostEqual(divide(1, 7), 0.15, places=2)

    def test_raises_nothing(self):
        with self.assertRaises(CalcError):
            divide(1, 1)

    def test_multiline(self):
        report = "\n".join(["итог", "сумма: 10", "среднее: 2.5"])
        self.assertEqual(report, "итог\nсумма: 10\nсреднее: 2.50")

    def test_sets(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})

    def test_tuple(self):
        self.assertTupleEqual((1, "два", 3.0), (1, "два", 3))

    def test_in(self):
        self.assertIn("z", ["a", "b"], "нет буквы")

    def test_error_in_setup_like(self):
        raise KeyError("ключ")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp failed")

    def test_never_runs(self):
        pass


if __name__ == "__main__":
    unittest.main()
