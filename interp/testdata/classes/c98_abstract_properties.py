from abc import ABC, abstractmethod


class Фигура(ABC):
    @property
    @abstractmethod
    def площадь(self):
        ...

    @property
    @abstractmethod
    def название(self):
        ...

    @classmethod
    @abstractmethod
    def единичная(cls):
        ...

    def описание(self):
        return f"{self.название}: {self.площадь:.2f}"

    def __lt__(self, other):
        return self.площадь < other.площадь


class Квадрат(Фигура):
    название = "квадрат"

    def __init__(self, a):
        self._a = a

    @property
    def площадь(self):
        return self._a ** 2

    @площадь.setter
    def площадь(self, value):
        self._a = value ** 0.5

    @classmethod
    def единичная(cls):
        return cls(1)


class Круг(Фигура):
    def __init__(self, r):
        self.r = r

    @property
    def площадь(self):
        return 3.14159 * self.r ** 2


try:
    Фигура()
except TypeError as e:
    print("TypeError:", e)
try:
    Круг(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(Фигура.__abstractmethods__), sorted(Круг.__abstractmethods__))
print(Квадрат.__abstractmethods__)

k = Квадрат(3)
print(k.описание(), Квадрат.единичная().описание())
k.площадь = 16
print(k._a, k.площадь)


class ПолныйКруг(Круг):
    @property
    def название(self):
        return "круг"

    @classmethod
    def единичная(cls):
        return cls(1)


фигуры = [Квадрат(2), ПолныйКруг(1), Квадрат.единичная(), ПолныйКруг.единичная()]
for f in sorted(фигуры):
    print(f.описание())
print(isinstance(k, Фигура), issubclass(ПолныйКруг, Фигура), Фигура.__name__)


class Хранилище(ABC):
    @abstractmethod
    def get(self, key):
        raise NotImplementedError

    @abstractmethod
    def put(self, key, value):
        pass


class ПолуХранилище(Хранилище):
    def get(self, key):
        return super().get(key)


try:
    ПолуХранилище()
except TypeError as e:
    print("TypeError:", e)


class Память(ПолуХранилище):
    def put(self, key, value):
        print("put", key, value)


m = Память()
m.put("ключ", "значение")
try:
    m.get("ключ")
except NotImplementedError as e:
    print("NotImplementedError", repr(e))


class Регистр(ABC):
    pass


Регистр.register(dict)
print(isinstance({}, Регистр), issubclass(list, Регистр), type(Регистр()).__name__)
