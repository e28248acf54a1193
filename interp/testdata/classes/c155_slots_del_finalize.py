# __slots__ с наследованием, __del__ при del, weakref.finalize, copy с __getstate__/__setstate__
import copy
import weakref


class Точка2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{s}={getattr(self, s)!r}' for s in self._все_слоты())})"

    @classmethod
    def _все_слоты(cls):
        имена = []
        for k in reversed(cls.__mro__):
            for s in getattr(k, "__slots__", ()):
                if s not in имена and s != "__weakref__":
                    имена.append(s)
        return имена


class Точка3(Точка2):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Метка(Точка3):
    __slots__ = ("__weakref__", "имя")


class Свободная(Точка2):
    pass


т = Точка3(1, 2, 3)
print(т, Точка3.__slots__, hasattr(т, "__dict__"), Точка3._все_слоты())
try:
    т.w = 4
except AttributeError as e:
    print("AttributeError:", e)
с = Свободная(5, 6)
с.цвет = "синий"
print(с, с.цвет, hasattr(с, "__dict__"), "цвет" in vars(с))
м = Метка(0, 0, 0)
м.имя = "начало"
print(м, weakref.ref(м)() is м)
try:
    weakref.ref(т)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Точка3.__new__(Точка3).z)
except AttributeError as e:
    print("AttributeError:", e)
del т.z
print(hasattr(т, "z"), т.x)


class Ресурс:
    счётчик = 0

    def __init__(self, имя):
        self.имя = имя
        Ресурс.счётчик += 1
        print(f"открыт {имя}")

    def __del__(self):
        Ресурс.счётчик -= 1
        print(f"закрыт {self.имя}")


р1 = Ресурс("файл")
р2 = р1
del р1
print("после del р1", Ресурс.счётчик)
del р2
print("после del р2", Ресурс.счётчик)
def функция():
    локальный = Ресурс("временный")
    имя = локальный.имя.upper()
    del локальный
    return имя
print(функция())
print(Ресурс.счётчик)


class Узел:
    pass


def прощание(имя, журнал):
    журнал.append(f"финализатор {имя}")


журнал = []
у = Узел()
ф = weakref.finalize(у, прощание, "у", журнал)
print(ф.alive, журнал)
print(ф(), ф.alive, журнал, ф())
у2 = Узел()
ф2 = weakref.finalize(у2, журнал.append, "второй")
print(ф2.detach()[2], ф2.alive, ф2(), журнал)


class Сессия:
    def __init__(self, пользователь):
        self.пользователь = пользователь
        self.соединение = f"<сокет {пользователь}>"
        self.история = ["вход"]

    def __getstate__(self):
        состояние = self.__dict__.copy()
        del состояние["соединение"]
        return состояние

    def __setstate__(self, состояние):
        self.__dict__.update(состояние)
        self.соединение = "переподключено"


с1 = Сессия("аня")
с2 = copy.copy(с1)
с3 = copy.deepcopy(с1)
с1.история.append("покупка")
print(с2.соединение, с2.история, с3.соединение, с3.история, с2.история is с1.история)
