# abc: ABC subclasses with abstract methods, properties and class
# methods can't be instantiated until every abstract method is
# overridden; the error lists the missing ones in sorted order.
from abc import ABC, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area()}, perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class OnlyArea(Shape):
    def area(self):
        return 0


class Base(abc.ABC):
    pass


for cls in (Shape, OnlyArea):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

s = Square(3)
print(s.describe())
print(isinstance(s, Shape), isinstance(s, ABC), issubclass(Square, Shape), issubclass(OnlyArea, ABC))
print(type(Base()).__name__)


def plain(x):
    return x + 1


f = abstractmethod(plain)
print(f(1), getattr(f, "__isabstractmethod__", None))


class Child(Square):
    def area(self):
        return super().area() + 1


print(Child(2).area(), Child(2).perimeter())
