# The failure messages of the assert methods, as CPython words them,
# through a TextTestRunner writing to stdout. (CPython's ndiff of unequal
# strings and lists is not reproduced, so no case here needs it.)
import sys
import unittest


class Messages(unittest.TestCase):
    def test_equal_msg(self):
        self.assertEqual(1, 2, "custom")

    def test_equal(self):
        self.assertEqual(1, 2)

    def test_true(self):
        self.assertTrue(0)

    def test_false(self):
        self.assertFalse([1])

    def test_is(self):
        self.assertIs(1, None)

    def test_is_none(self):
        self.assertIsNone("x")

    def test_in(self):
        self.assertIn(3, [1, 2])

    def test_not_in(self):
        self.assertNotIn(1, (1, 2))

    def test_instance(self):
        self.assertIsInstance("s", int)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_less_equal(self):
        self.assertLessEqual(3, 2)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.25)

    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 3])

    def test_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_not_raised_callable(self):
        def quiet():
            pass
        self.assertRaises(KeyError, quiet)

    def test_fail(self):
        self.fail("explicit")

    def test_unexpected_success(self):
        pass
    test_unexpected_success = unittest.expectedFailure(test_unexpected_success)


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Messages)
    print(suite.countTestCases())
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=0).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.unexpectedSuccesses), result.wasSuccessful())
