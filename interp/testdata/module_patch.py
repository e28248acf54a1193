# Setting a module's attribute from outside reaches the module's own
# functions, as in CPython: mod.x = v, setattr, del, unittest.mock.patch
# of an imported module's function and of a __main__ function.
import io
import sys
import unittest
from unittest import mock

import patchmod


def helper():
    return "main helper"


def uses_helper():
    return helper()


print(patchmod.crawl(["a", "b", "c", "d"]))
patchmod.LIMIT = 1
setattr(patchmod, "GREETING", "здравствуй")
print(patchmod.crawl(["a", "b"]), patchmod.Client().get())
with mock.patch("patchmod.fetch", return_value="fake"):
    print(patchmod.crawl(["a"]), patchmod.Client().get())
print(patchmod.crawl(["a"]))
del patchmod.LIMIT
try:
    patchmod.crawl(["a"])
except NameError as e:
    print("NameError:", e)
patchmod.LIMIT = 2

with mock.patch("__main__.helper", return_value="patched"):
    print(uses_helper())
print(uses_helper())
sys.modules[__name__].helper = lambda: "set through sys.modules"
print(uses_helper())


class CrawlTest(unittest.TestCase):
    @mock.patch("patchmod.fetch")
    def test_crawl_uses_fetch(self, fake):
        fake.side_effect = lambda u: u.upper()
        self.assertEqual(patchmod.crawl(["a", "b", "c"]), ["A", "B"])
        self.assertEqual(fake.call_count, 2)

    def test_real_after_patch(self):
        self.assertEqual(patchmod.crawl(["q"]), ["real:q"])


suite = unittest.defaultTestLoader.loadTestsFromTestCase(CrawlTest)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
