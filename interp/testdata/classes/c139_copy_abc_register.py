# copy.copy/deepcopy с __copy__/__deepcopy__, abc: регистрация виртуальных подклассов
import abc
import copy
from collections.abc import Sequence, Mapping, Iterable, Sized


class Фигура(abc.ABC):
    @abc.abstractmethod
    def площадь(self):
        ...

    @property
    @abc.abstractmethod
    def имя(self):
        ...

    def __repr__(self):
        return f"<{self.имя}: {self.площадь():.2f}>"


class Квадрат(Фигура):
    имя = "квадрат"

    def __init__(self, a):
        self.a = a

    def площадь(self):
        return self.a ** 2


class Сломанная(Фигура):
    def площадь(self):
        return 0


print(Квадрат(3))
try:
    Фигура()
except TypeError as e:
    print("TypeError:", e)
try:
    Сломанная()
except TypeError as e:
    print("TypeError:", e)


class Круг:
    def __init__(self, r):
        self.r = r

    def площадь(self):
        return 3.14159 * self.r ** 2


Фигура.register(Круг)
print(isinstance(Круг(1), Фигура), issubclass(Круг, Фигура), Круг in Фигура.__subclasses__())


class Полка:
    def __init__(self, книги):
        self.книги = list(книги)

    def __len__(self):
        return len(self.книги)

    def __getitem__(self, i):
        return self.книги[i]


Sequence.register(Полка)
п = Полка(["Онегин", "Мёртвые души"])
print(isinstance(п, Sequence), isinstance(п, Sized), isinstance(п, Iterable), isinstance(п, Mapping))
print(list(reversed(п)) if hasattr(п, "__reversed__") else "нет __reversed__", п[-1])


class Документ:
    счётчик = 0

    def __init__(self, название, страницы):
        self.название = название
        self.страницы = страницы
        self.мета = {"автор": "Н. В. Гоголь", "версии": [1]}
        Документ.счётчик += 1
        self.ид = Документ.счётчик

    def __copy__(self):
        новый = Документ.__new__(Документ)
        новый.__dict__.update(self.__dict__)
        новый.название = self.название + " (копия)"
        return новый

    def __deepcopy__(self, memo):
        новый = Документ(self.название + " (глубокая)", copy.deepcopy(self.страницы, memo))
        новый.мета = copy.deepcopy(self.мета, memo)
        return новый

    def __repr__(self):
        return f"Документ#{self.ид}({self.название!r}, {len(self.страницы)} стр.)"


д = Документ("Черновик", ["стр1", "стр2"])
к = copy.copy(д)
г = copy.deepcopy(д)
к.страницы.append("стр3")
г.мета["версии"].append(2)
print(д, к, г, sep="\n")
print(д.страницы is к.страницы, д.мета is к.мета, д.мета["версии"], г.мета["версии"], Документ.счётчик)
вложенный = {"список": [1, [2, 3]], "кортеж": (1, [4])}
копия = copy.deepcopy(вложенный)
копия["список"][1].append(99)
копия["кортеж"][1].append(5)
print(вложенный, копия)
общий = [1, 2]
пара = [общий, общий]
глубокая = copy.deepcopy(пара)
print(глубокая[0] is глубокая[1], глубокая[0] is общий, copy.copy((1, 2)) == (1, 2))
