import unittest
import warnings
from dataclasses import dataclass

from minitext import *  # noqa: F403
from minitext import template


@dataclass
class User:
    name: str
    emails: list


class RenderTest(unittest.TestCase):
    maxDiff = None

    def test_plain(self):
        self.assertEqual(render("без тегов"), "без тегов")

    def test_lookup(self):
        u = User("анна каренина", ["a@x", "b@y"])
        self.assertEqual(render("{{ u.name | title }}: {{ u.emails | join:; }}", u=u),
                         "Анна Каренина: a@x; b@y")

    def test_plural(self):
        for n, want in [(1, "1 штука"), (3, "3 штуки"), (11, "11 штук"), (22, "22 штуки"), (25, "25 штук")]:
            with self.subTest(n=n):
                self.assertEqual(render("{{ n | plural }}", n=n), want)

    def test_undefined(self):
        with self.assertRaises(UndefinedError) as cm:
            render("a\nb {{ missing }}")
        self.assertEqual(str(cm.exception), "'missing' is undefined (line 2)")
        self.assertIsInstance(cm.exception, KeyError)
        self.assertEqual(cm.exception.line, 2)

    def test_unclosed(self):
        self.assertRaisesRegex(TemplateError, r"^unclosed tag \(line 3\)$", Template, "\n\n{{ x")

    def test_unknown_filter(self):
        with self.assertRaises(FilterError) as cm:
            render("{{ x | shout }}", x=1)
        self.assertIsNone(cm.exception.__cause__)
        self.assertTrue(cm.exception.__suppress_context__)

    def test_filter_error_chained(self):
        with self.assertRaises(FilterError) as cm:
            render("{{ x | len }}", x=5)
        self.assertIsInstance(cm.exception.__cause__, TypeError)
        self.assertEqual(str(cm.exception), "len: object of type 'int' has no len() (line 1)")

    def test_deprecated(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(template.render_string("{{ a }}", a=1), "1")
        self.assertIn("deprecated", str(cm.warning))
        self.assertEqual(cm.filename, __file__)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            template.render_string("x")
        self.assertEqual([w.category for w in caught], [DeprecationWarning])

    def test_multiline_diff(self):
        self.assertMultiLineEqual(render("Привет, {{ n }}!\nКак дела?\n", n="мир"),
                                  "Привет, мир!\nКак делишки?\n")

    def test_repr(self):
        self.assertEqual(repr(Template("a {{ b }} c", "t")), "<Template 't' 3 parts>")


@unittest.skipUnless(hasattr(str, "removeprefix"), "needs 3.9")
class ExportsTest(unittest.TestCase):
    def test_all(self):
        import minitext
        self.assertEqual(sorted(minitext.__all__),
                         ["FilterError", "Loader", "Template", "TemplateError", "UndefinedError", "render"])
        self.assertNotIn("_private", dir(minitext))
        self.assertFalse(hasattr(minitext, "_errors_all") and "_errors_all" in minitext.__all__)

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "в": None})
