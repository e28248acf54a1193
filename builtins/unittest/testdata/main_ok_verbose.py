# unittest.main(verbosity=2): one line per test, OK with the skip count,
# addCleanup order, tearDown/tearDownClass, skipIf/skipUnless, SkipTest.
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")
        print(log)

    def setUp(self):
        log.append("setUp")
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(log.append, "cleanup 2")

    def tearDown(self):
        log.append("tearDown")

    def test_a(self):
        log.append("a")

    def test_b(self):
        log.append("b")


class Asserts(unittest.TestCase):
    def test_equalities(self):
        self.assertEqual([1, 2], [1, 2])
        self.assertNotEqual(1, 2)
        self.assertTrue(1)
        self.assertFalse("")
        self.assertIs(None, None)
        self.assertIsNot([], [])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

    def test_raises_forms(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        self.assertEqual(str(cm.exception), "invalid literal for int() with base 10: 'x'")
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        with self.assertRaisesRegex(KeyError, "miss"):
            {}["missing"]

    @unittest.skipIf(True, "always skipped")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "never run")
    def test_skip_unless(self):
        pass

    def test_skip_test(self):
        self.skipTest("skipped from inside")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


if __name__ == "__main__":
    unittest.main(verbosity=2)
