# __getattr__ как запасной путь, переопределение свойств в иерархии, super().__repr__()
class Запись:
    def __init__(self, **поля):
        self._поля = dict(поля)

    def __getattr__(self, имя):
        if имя.startswith("_"):
            raise AttributeError(имя)
        try:
            return self._поля[имя]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} не имеет поля {имя!r}") from None

    def __setattr__(self, имя, значение):
        if имя.startswith("_"):
            super().__setattr__(имя, значение)
        else:
            self._поля[имя] = значение

    def __delattr__(self, имя):
        self._поля.pop(имя, None)

    def __dir__(self):
        return sorted(self._поля)

    def __repr__(self):
        поля = ", ".join(f"{к}={з!r}" for к, з in self._поля.items())
        return f"{self.__class__.__name__}({поля})"


з = Запись(имя="Анна", возраст=30)
print(з.имя, з.возраст, getattr(з, "город", "—"), hasattr(з, "город"))
з.город = "Казань"
del з.возраст
print(з, dir(з), "город" in vars(з)["_поля"])
try:
    з.телефон
except AttributeError as e:
    print("AttributeError:", e, e.__suppress_context__, e.__context__)


class Фигура:
    def __init__(self, имя):
        self.имя = имя

    @property
    def площадь(self):
        return 0

    @property
    def описание(self):
        return f"{self.имя} площадью {self.площадь:.2f}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.имя!r}>"


class Прямоугольник(Фигура):
    def __init__(self, a, b):
        super().__init__("прямоугольник")
        self.a, self.b = a, b

    @property
    def площадь(self):
        return self.a * self.b

    def __repr__(self):
        return super().__repr__()[:-1] + f" {self.a}×{self.b}>"


class Квадрат(Прямоугольник):
    def __init__(self, a):
        super().__init__(a, a)
        self.имя = "квадрат"

    @Прямоугольник.площадь.getter
    def площадь(self):
        return self.a ** 2

    @property
    def описание(self):
        return "★ " + super().описание


фигуры = [Фигура("точка"), Прямоугольник(2, 3.5), Квадрат(4)]
for ф in фигуры:
    print(repr(ф), ф.описание, sep=" | ")
print(Квадрат.площадь is Прямоугольник.площадь, type(Квадрат.__dict__["площадь"]).__name__)
try:
    Квадрат(1).площадь = 5
except AttributeError as e:
    print("AttributeError:", e)


class Ленивый:
    вычислено = 0

    def __getattr__(self, имя):
        if имя == "дорогое":
            Ленивый.вычислено += 1
            self.дорогое = sum(range(1000))
            return self.дорогое
        raise AttributeError(f"нет {имя}")


л = Ленивый()
print(л.дорогое, л.дорогое, Ленивый.вычислено, "дорогое" in л.__dict__)
print(getattr(л, "x", None), hasattr(л, "y"))


class Прокси:
    def __init__(self, цель):
        object.__setattr__(self, "_цель", цель)
        object.__setattr__(self, "_вызовы", [])

    def __getattr__(self, имя):
        self._вызовы.append(имя)
        return getattr(self._цель, имя)


п = Прокси([3, 1, 2])
п.append(0)
п.sort()
print(п._цель, п._вызовы, len(п._цель))
try:
    len(п)
except TypeError as e:
    print("TypeError:", e)
