# MRO и кооперативный super(), методы класса через подклассы, ошибки abc
from abc import ABC, abstractmethod


class Базовый:
    def __init__(self, **kw):
        print(f"  Базовый.__init__ остаток={kw}")
        super().__init__()

    def описание(self):
        return ["Базовый"]


class СИменем(Базовый):
    def __init__(self, имя="?", **kw):
        print(f"  СИменем.__init__ имя={имя}")
        self.имя = имя
        super().__init__(**kw)

    def описание(self):
        return ["СИменем"] + super().описание()


class СВозрастом(Базовый):
    def __init__(self, возраст=0, **kw):
        print(f"  СВозрастом.__init__ возраст={возраст}")
        self.возраст = возраст
        super().__init__(**kw)

    def описание(self):
        return ["СВозрастом"] + super().описание()


class Человек(СИменем, СВозрастом):
    def __init__(self, **kw):
        print("  Человек.__init__")
        super().__init__(**kw)

    def описание(self):
        return ["Человек"] + super().описание()


ч = Человек(имя="Оля", возраст=20, город="Томск")
print([c.__name__ for c in Человек.__mro__], ч.описание(), ч.имя, ч.возраст)
print(super(СИменем, ч).описание(), super(Человек, Человек).описание(ч), Человек.mro() == list(Человек.__mro__))
try:
    class Невозможный(СИменем, Человек):
        pass
except TypeError as e:
    print("TypeError:", e)


class Фигура:
    количество = 0

    def __init__(self):
        type(self).количество += 1

    @classmethod
    def создать(cls, *args):
        print(f"  создаём {cls.__name__}")
        return cls(*args)

    @staticmethod
    def единицы():
        return "см"

    @classmethod
    def имя(cls):
        return cls.__name__.upper()


class Круг(Фигура):
    количество = 0

    def __init__(self, r=1):
        super().__init__()
        self.r = r


class Квадрат(Фигура):
    @staticmethod
    def единицы():
        return "мм"


к = Круг.создать(3)
Квадрат.создать()
Квадрат.создать()
print(type(к).__name__, к.r, Круг.количество, Квадрат.количество, Фигура.количество, Круг.единицы(), Квадрат().единицы(), к.имя(), Квадрат.имя())
print(Фигура.создать.__self__ is Фигура, Круг.создать.__self__ is Круг, Круг.создать.__func__ is Фигура.создать.__func__)


class Хранилище(ABC):
    @abstractmethod
    def прочитать(self, ключ): ...

    @abstractmethod
    def записать(self, ключ, значение): ...

    @property
    @abstractmethod
    def размер(self): ...

    def получить(self, ключ, по_умолчанию=None):
        try:
            return self.прочитать(ключ)
        except KeyError:
            return по_умолчанию


class Память(Хранилище):
    def __init__(self):
        self._д = {}

    def прочитать(self, ключ):
        return self._д[ключ]

    def записать(self, ключ, значение):
        self._д[ключ] = значение

    @property
    def размер(self):
        return len(self._д)


class Недоделанное(Хранилище):
    def прочитать(self, ключ):
        return None


п = Память()
п.записать("a", 1)
print(п.получить("a"), п.получить("b", "нет"), п.размер, isinstance(п, Хранилище), sorted(Хранилище.__abstractmethods__))
for cls in (Хранилище, Недоделанное):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Недоделанное.__abstractmethods__), Память.__abstractmethods__ == frozenset())


class Утка:
    def прочитать(self, k):
        return k


Хранилище.register(Утка)
print(isinstance(Утка(), Хранилище), issubclass(Утка, Хранилище), Утка.__mro__[-1].__name__)
