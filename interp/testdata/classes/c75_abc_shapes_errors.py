# abc: абстрактные методы и свойства, точный текст TypeError, register, частичная реализация
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @property
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        """Периметр фигуры."""

    def describe(self):
        return f"{self.name}: S={self.area:.2f}, P={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area < other.area


class Circle(Shape):
    def __init__(self, r):
        super().__init__("круг")
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("прямоугольник")
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, a):
        super().__init__(a, a)
        self.name = "квадрат"


class HalfDone(Shape):
    def perimeter(self):
        return 0


shapes = [Circle(1), Rect(2, 3), Square(1.5)]
for s in sorted(shapes):
    print(s.describe())
for cls in (Shape, HalfDone):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Circle.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, Rect), Shape.perimeter.__doc__)


class Plugin(ABC):
    @abstractmethod
    def run(self, data): ...

    @classmethod
    @abstractmethod
    def create(cls): ...

    @staticmethod
    @abstractmethod
    def version(): ...


class Upper(Plugin):
    def run(self, data):
        return data.upper()

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return "1.0"


class Broken(Plugin):
    def run(self, data):
        return data


print(Upper.create().run("привет"), Upper.version())
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)


class Sized(ABC):
    @abstractmethod
    def __len__(self): ...


class Legacy:
    def __len__(self):
        return 7


Sized.register(Legacy)
print(isinstance(Legacy(), Sized), issubclass(Legacy, Sized), len(Legacy()))
try:
    Sized()
except TypeError as e:
    print("TypeError:", e)


class Base(ABC):
    @abstractmethod
    def step(self):
        return "базовый шаг"


class Child(Base):
    def step(self):
        return "потомок, затем " + super().step()


print(Child().step())
