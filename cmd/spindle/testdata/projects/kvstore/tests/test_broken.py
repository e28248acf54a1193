import unittest


def setUpModule():
    raise ConnectionError("база недоступна")


class NeverRuns(unittest.TestCase):
    def test_one(self):
        pass
