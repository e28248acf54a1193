"""Плагины convkit."""
import inspect
import io
import os
import sys
import unittest
from unittest import mock

import convkit
from convkit import Converter, convert, registry, render


class DiscoveryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.loaded = convkit.plugins.discover()

    def test_loaded(self):
        self.assertEqual(self.loaded, ["case", "translit"])
        self.assertCountEqual(registry, ["upper", "title", "translit"])
        where = {name: os.path.basename(inspect.getsourcefile(cls)) for name, cls in registry.items()}
        self.assertEqual(where, {"upper": "case.py", "title": "case.py", "translit": "translit.py"})

    def test_lazy_attribute(self):
        self.assertIs(convkit.plugins, sys.modules["convkit.plugins"])
        with self.assertRaisesRegex(AttributeError, "module 'convkit' has no attribute 'nothing'"):
            convkit.nothing

    def test_abstract(self):
        with self.assertRaises(TypeError) as cm:
            Converter()
        self.assertIn("abstract method", str(cm.exception))

    def test_subclass_registers(self):
        class Reverse(Converter):
            name = "reverse"

            def convert(self, text):
                return text[::-1]

        self.addCleanup(registry.pop, "reverse")
        self.assertEqual(convert("reverse", "абв"), "вба")
        self.assertEqual(repr(Reverse()), "<Reverse 'reverse'>")


class ConvertTest(unittest.TestCase):
    def test_cases(self):
        cases = [
            ("upper", "ёлка", "ЁЛКА"),
            ("title", "the lord of the rings", "The Lord of the Rings"),
            ("translit", "Юля съела щи", "Yulya sela shchi"),
            ("translit", "Привет", "Privet!"),
        ]
        for name, text, want in cases:
            with self.subTest(name=name, text=text):
                self.assertEqual(convert(name, text), want)

    def test_strict(self):
        with self.assertRaisesRegex(ValueError, "cannot transliterate '№'"):
            convert("translit", "№1", strict=True)

    def test_unknown(self):
        with self.assertRaises(LookupError) as cm:
            convert("nope", "x")
        self.assertIsNone(cm.exception.__context__ and None)
        self.assertTrue(cm.exception.__suppress_context__)

    def test_render(self):
        self.assertEqual(render([1, [2, 3], {"b": 1, "a": "x"}]), "1, 2, 3, a=x; b=1")
        self.assertEqual(render(registry["translit"](strict=True)), "translit(strict=True)")


class CliTest(unittest.TestCase):
    def test_stdin(self):
        from convkit.cli import main

        with mock.patch("sys.stdin", io.StringIO("щи да каша\n")), mock.patch("sys.stdout", new_callable=io.StringIO) as out:
            self.assertEqual(main(["run", "translit"]), 0)
        self.assertEqual(out.getvalue(), "shchi da kasha\n")

    def test_exit_message(self):
        from convkit.cli import main

        with self.assertRaises(SystemExit) as cm:
            main(["run", "nope"])
        self.assertEqual(cm.exception.code, "convkit: no converter 'nope'")

    @mock.patch("convkit.cli.discover", return_value=["fake"])
    def test_list_patched(self, discover):
        with mock.patch("sys.stdout", new_callable=io.StringIO) as out:
            main = __import__("convkit.cli", fromlist=["main"]).main
            main(["list"])
        self.assertTrue(out.getvalue().startswith("plugins: fake\n"))
        discover.assert_called_once_with()


if __name__ == "__main__":
    unittest.main()
