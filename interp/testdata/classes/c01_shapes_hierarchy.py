# Иерархия фигур: super() по цепочке, свойства, __repr__/__str__, сортировка
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        self.id = Shape.count

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area не реализован")

    def perimeter(self):
        return 0.0

    def describe(self):
        return f"{self.name}: площадь={self.area():.2f}, периметр={self.perimeter():.2f}"

    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r})"

    def __str__(self):
        return f"<{self.name} #{self.id}>"


class Rectangle(Shape):
    def __init__(self, w, h, name="прямоугольник"):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"Rectangle({self.w}, {self.h})"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="квадрат")

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        if value <= 0:
            raise ValueError(f"сторона должна быть положительной: {value}")
        self.w = self.h = value

    def __repr__(self):
        return f"Square({self.side})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("круг")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


shapes = [Rectangle(3, 4), Square(5), Circle(1.5), Square(2), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(repr(shapes))
print([str(s) for s in shapes])
print("всего фигур:", Shape.count)

sq = shapes[1]
sq.side = 7
print(sq, sq.area(), sq.w, sq.h)
try:
    sq.side = -1
except ValueError as e:
    print("ошибка:", e)

try:
    Shape("пустая").area()
except NotImplementedError as e:
    print(type(e).__name__, e)

by_area = sorted(shapes, key=lambda s: s.area())
print([f"{s.name}:{s.area():.1f}" for s in by_area])
print(max(shapes, key=Shape.perimeter))
print(Square.__mro__)
print(isinstance(sq, Rectangle), issubclass(Square, Shape), issubclass(Circle, Rectangle))
print(type(sq) is Square, type(sq).__name__, type(sq).__bases__)
total = sum(s.area() for s in shapes if isinstance(s, Rectangle))
print(f"{'итого':>10}|{total:>10.3f}|")
print(Square.__name__, Square.__qualname__, Square.side.__doc__)
