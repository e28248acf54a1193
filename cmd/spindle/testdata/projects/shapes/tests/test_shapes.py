import json
import math
import unittest
from contextlib import contextmanager

import shapes
from shapes import ShapeError, parse, registry
from shapes.base import Shape
from shapes.formats import get_format, number


@contextmanager
def extra_kind():
    from dataclasses import dataclass

    @dataclass
    class Tri(Shape, kind="tri"):
        a: float = 1.0

        def area(self):
            return math.sqrt(3) / 4 * self.a ** 2

        def perimeter(self):
            return 3 * self.a
    try:
        yield Tri
    finally:
        del registry["tri"]


class ShapeTest(unittest.TestCase):
    def test_registry(self):
        self.assertEqual(sorted(registry), ["circle", "rect", "square"])
        self.assertEqual([c.__name__ for c in registry["square"].__mro__], ["Square", "Shape", "ABC", "object"])

    def test_parse(self):
        self.assertEqual(repr(parse("circle r=2")), "Circle(name='shape', r=2.0)")
        self.assertEqual(parse("square a=3").area(), 9.0)
        self.assertEqual(parse("rect w=2 h=5").scaled(2), registry["rect"](w=4.0, h=10.0))

    def test_errors(self):
        for spec, msg in [("hexagon", "unknown shape 'hexagon'; known: circle, rect, square"),
                          ("circle r", "bad parameter 'r'"),
                          ("circle r=-1", "Circle.r must be positive, got -1.0"),
                          ("rect w=nan", "Rect.w must be positive, got nan")]:
            with self.subTest(spec=spec):
                with self.assertRaises(ShapeError) as cm:
                    parse(spec)
                self.assertEqual(str(cm.exception), msg)
        with self.assertRaisesRegex(TypeError, "unexpected keyword argument 'q'"):
            parse("circle q=1")

    def test_abstract(self):
        with self.assertRaises(TypeError) as cm:
            Shape()
        self.assertIn("abstract", str(cm.exception))

    def test_plugin_kind(self):
        with extra_kind() as Tri:
            self.assertIs(parse("tri a=2").__class__, Tri)
            self.assertAlmostEqual(parse("tri a=2").area(), math.sqrt(3))
        self.assertNotIn("tri", registry)

    def test_number(self):
        self.assertEqual([number(2), number(2.50), number(1 / 3), number("x")], ["2", "2.5", "0.333", "x"])

    def test_formats(self):
        shapes_ = [parse("square a=2"), parse("circle r=1")]
        data = json.loads(get_format("json").render(shapes_))
        self.assertEqual(data[0], {"name": "square", "a": 2.0, "area": 4.0})
        self.assertTrue(get_format("text").render(shapes_).endswith("всего   area=   7.142"))
        with self.assertRaises(LookupError):
            get_format("xml")


if __name__ == "__main__":
    unittest.main()
