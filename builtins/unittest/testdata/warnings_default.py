# unittest.main runs tests with the "default" warnings filter: a
# DeprecationWarning shows once per place (the deprecated assert aliases
# once per module); an assertRaisesRegex mismatch reports the raised
# exception without its traceback, then the failure with its own.
import unittest
import warnings


def old_api():
    warnings.warn("old_api() устарела", DeprecationWarning, stacklevel=2)
    return 1


class Aliases(unittest.TestCase):
    def test_aliases(self):
        self.assertEquals(old_api(), 1)
        self.assertEquals(old_api(), 1)
        self.failUnless(True)
        self.assertNotEquals(1, 2)
        self.assertRegexpMatches("abc", "b")

    def test_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, "ожидалось"):
            raise ValueError("получено")

    def test_exception_kept(self):
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        self.assertIsNone(cm.exception.__traceback__)


if __name__ == "__main__":
    unittest.main()
