"""Tests that need an optional dependency skip the whole module."""
import unittest

try:
    import numpy  # noqa: F401
except ImportError:
    raise unittest.SkipTest("нет модуля numpy")


class VectorTest(unittest.TestCase):
    def test_never(self):
        self.fail("numpy is not installed here")
