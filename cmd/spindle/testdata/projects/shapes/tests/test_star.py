from shapes import *  # noqa: F403
import shapes

import unittest


class StarTest(unittest.TestCase):
    def test_names(self):
        imported = {k for k in globals() if not k.startswith("_")} - {"unittest", "StarTest", "shapes"}
        self.assertEqual(sorted(imported), sorted(shapes.__all__))
        self.assertIs(parse, shapes.parse)  # noqa: F405
