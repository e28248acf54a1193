# unittest.main(): dots, s/F/E/x, FAIL and ERROR blocks with tracebacks,
# subTest failures, setUpClass, the summary line and exit status 1.
import unittest

class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    def setUp(self):
        self.x = 1

    def test_ok(self):
        self.assertEqual(self.x, 1)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        {}["k"]

    @unittest.skip("not now")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIsInstance(cm.exception, ZeroDivisionError)
        self.assertRaises(KeyError, lambda k: {}[k], "x")

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

if __name__ == "__main__":
    unittest.main()
