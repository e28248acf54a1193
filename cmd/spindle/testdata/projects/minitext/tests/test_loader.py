import os
import unittest
from unittest import mock

import minitext
from minitext import filters, loader


def setUpModule():
    loader._default = None


class LoaderTest(unittest.TestCase):
    def setUp(self):
        self.loader = loader.default_loader()

    def test_names(self):
        self.assertEqual(self.loader.names(), ["footer.txt", "greeting.txt"])

    def test_greeting(self):
        out = self.loader.get("greeting.txt").render(user={"name": "пётр"}, count=21, footer="")
        self.assertEqual(out, "Здравствуйте, Пётр!\nУ вас 21 письмо.\n")

    def test_include(self):
        self.assertEqual(minitext.render("{{ \"footer.txt\" | include }}"), "-- MINITEXT\n")

    def test_cache(self):
        before = self.loader.loads
        for _ in range(3):
            self.loader.get("footer.txt")
        self.assertLessEqual(self.loader.loads - before, 1)

    def test_missing(self):
        with self.assertRaises(FileNotFoundError) as cm:
            self.loader.get("nope.txt")
        self.assertEqual(cm.exception.errno, 2)
        self.assertTrue(cm.exception.filename.endswith(os.path.join("templates", "nope.txt")))

    @mock.patch.dict(filters.FILTERS, {"shout": lambda v: str(v).upper() + "!"})
    def test_patched_filter(self):
        self.assertEqual(minitext.render("{{ x | shout }}", x="эй"), "ЭЙ!")

    def test_patch_dict_restored(self):
        self.assertNotIn("shout", filters.FILTERS)

    @mock.patch("minitext.loader.open", create=True, side_effect=PermissionError(13, "Permission denied"))
    def test_open_patched(self, fake_open):
        with self.assertRaises(PermissionError):
            loader.Loader("/nowhere").get("x.txt")
        fake_open.assert_called_once_with(os.path.join("/nowhere", "x.txt"), encoding="utf-8")

    def test_mock_open(self):
        fake = mock.mock_open(read_data="Привет, {{ who }}!")
        with mock.patch("builtins.open", fake):
            t = loader.Loader("/virtual").get("hello.txt")
        self.assertEqual(t.render(who="мир"), "Привет, мир!")
        fake.assert_called_once_with(os.path.join("/virtual", "hello.txt"), encoding="utf-8")
        fake.return_value.read.assert_called_once_with()

    def test_skip_inside(self):
        if not os.path.isdir(self.loader.directory):
            self.skipTest("no templates")
        raise unittest.SkipTest("пропущено изнутри")
