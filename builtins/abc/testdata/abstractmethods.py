# An ABC subclass's __abstractmethods__ is the frozenset of its methods
# still abstract; keywords of the class statement pass through.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def name(self): ...


class Square(Shape):
    def area(self):
        return 4


class Full(Square):
    def name(self):
        return "квадрат"

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class Child(Full, extra=1):
    pass


print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), Full.__abstractmethods__)
print(ABC.__abstractmethods__, type(Shape.__abstractmethods__).__name__, Child().name())
try:
    Square()
except TypeError as e:
    print("TypeError:", e)
