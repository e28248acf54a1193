import math
from dataclasses import dataclass

from .base import Shape


@dataclass
class Circle(Shape, kind="circle"):
    r: float = 1.0

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


@dataclass
class Rect(Shape, kind="rect"):
    w: float = 1.0
    h: float = 1.0

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


@dataclass
class Square(Shape, kind="square"):
    a: float = 1.0

    def area(self):
        return self.a ** 2

    def perimeter(self):
        return 4 * self.a
