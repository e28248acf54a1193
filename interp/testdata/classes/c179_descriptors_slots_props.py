# Дескрипторы с __set_name__, свойства с setter/deleter, __slots__ и их ошибки
class Проверяемое:
    def __init__(self, *, минимум=None, тип=None):
        self.минимум = минимум
        self.тип = тип

    def __set_name__(self, владелец, имя):
        self.имя = имя
        self.частное = "_" + имя
        print(f"  __set_name__({владелец.__name__}, {имя!r})")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.частное, None)

    def __set__(self, obj, значение):
        if self.тип and not isinstance(значение, self.тип):
            raise TypeError(f"{self.имя}: ожидался {self.тип.__name__}, получен {type(значение).__name__}")
        if self.минимум is not None and значение < self.минимум:
            raise ValueError(f"{self.имя}: {значение} < {self.минимум}")
        setattr(obj, self.частное, значение)

    def __delete__(self, obj):
        print(f"  удаляем {self.имя}")
        delattr(obj, self.частное)


class Товар:
    название = Проверяемое(тип=str)
    цена = Проверяемое(минимум=0, тип=(int, float).__class__ and float)
    количество = Проверяемое(минимум=0, тип=int)

    def __init__(self, название, цена, количество):
        self.название, self.цена, self.количество = название, цена, количество


т = Товар("Чай", 99.5, 3)
print(т.название, т.цена, т.количество, Товар.цена.имя, type(Товар.__dict__["цена"]).__name__, sorted(vars(т)))
for плохое in (("Чай", -1.0, 1), ("Чай", 5, 1), (1, 1.0, 1), ("Чай", 1.0, -2)):
    try:
        Товар(*плохое)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
del т.количество
print(т.количество, hasattr(т, "_количество"))


class Температура:
    def __init__(self, c=0.0):
        self._c = c

    @property
    def цельсий(self):
        """Температура в градусах Цельсия."""
        return self._c

    @цельсий.setter
    def цельсий(self, v):
        if v < -273.15:
            raise ValueError("ниже абсолютного нуля")
        self._c = v

    @цельсий.deleter
    def цельсий(self):
        print("  сброс")
        self._c = 0.0

    @property
    def фаренгейт(self):
        return self._c * 9 / 5 + 32


t = Температура(25)
t.цельсий = 100
print(t.цельсий, t.фаренгейт, Температура.цельсий.__doc__, type(Температура.фаренгейт).__name__)
del t.цельсий
print(t.цельсий)
for действие in (lambda: setattr(t, "фаренгейт", 1), lambda: delattr(t, "фаренгейт"), lambda: setattr(t, "цельсий", -300)):
    try:
        действие()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Вектор:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Вектор3(Вектор):
    __slots__ = ("z",)


class СоСловарём(Вектор):
    pass


в = Вектор(1, 2)
в3 = Вектор3(1, 2)
в3.z = 3
print(в.x, в3.z, Вектор.__slots__, hasattr(в, "__dict__"), hasattr(в3, "__dict__"), type(Вектор.x).__name__)
for действие in (lambda: setattr(в, "z", 1), lambda: в3.w, lambda: Вектор3(1, 2).z, lambda: delattr(Вектор(1, 2), "q")):
    try:
        действие()
    except AttributeError as e:
        print("AttributeError:", e)
с = СоСловарём(5, 6)
с.цвет = "красный"
print(vars(с)["цвет"], с.x, hasattr(с, "__dict__"))
del в.x
try:
    в.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Конфликт:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)
print(Вектор.x, Вектор3.z, Вектор3.x, Вектор.y.__name__, Вектор3.z.__objclass__.__name__, СоСловарём.x)
