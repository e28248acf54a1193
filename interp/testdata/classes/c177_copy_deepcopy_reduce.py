# copy/deepcopy: __copy__, __deepcopy__, __reduce__, __getstate__/__setstate__, memo и циклы
import copy


class Узел:
    def __init__(self, имя, дети=None):
        self.имя = имя
        self.дети = дети or []
        self.родитель = None
        for д in self.дети:
            д.родитель = self

    def __repr__(self):
        return f"Узел({self.имя!r}, {len(self.дети)})"


корень = Узел("корень", [Узел("a"), Узел("b", [Узел("c")])])
к2 = copy.deepcopy(корень)
print(к2, к2.дети, к2.дети[1].дети[0].родитель is к2.дети[1], к2.дети[0].родитель is к2, к2 is not корень)
к3 = copy.copy(корень)
print(к3.дети is корень.дети, к3.имя, к3.родитель)


class Конфиг:
    def __init__(self, данные):
        self.данные = данные
        self.версия = 1

    def __copy__(self):
        print("  __copy__")
        новый = Конфиг(self.данные)
        новый.версия = self.версия + 1
        return новый

    def __deepcopy__(self, memo):
        print("  __deepcopy__", type(memo).__name__)
        новый = Конфиг(copy.deepcopy(self.данные, memo))
        новый.версия = self.версия + 10
        return новый


к = Конфиг({"a": [1, 2]})
м = copy.copy(к)
г = copy.deepcopy(к)
print(м.версия, г.версия, м.данные is к.данные, г.данные == к.данные, г.данные["a"] is к.данные["a"])
список = copy.deepcopy([к, к])
print(список[0] is список[1], список[0].версия)


class Точка:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Точка, (self.x, self.y))

    def __repr__(self):
        return f"Точка({self.x}, {self.y})"

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


т = Точка(1, 2)
print(copy.copy(т), copy.deepcopy([т, т]), copy.deepcopy(т) == т, copy.deepcopy(т) is т)


class Соединение:
    def __init__(self, адрес):
        self.адрес = адрес
        self.сокет = f"<сокет {адрес}>"
        self.счётчик = 0

    def __getstate__(self):
        состояние = self.__dict__.copy()
        del состояние["сокет"]
        return состояние

    def __setstate__(self, состояние):
        self.__dict__.update(состояние)
        self.сокет = f"<новый сокет {self.адрес}>"


с = Соединение("db:5432")
с.счётчик = 7
с2 = copy.deepcopy(с)
print(с2.адрес, с2.сокет, с2.счётчик, sorted(vars(с2)))
с3 = copy.copy(с)
print(с3.сокет, с3.счётчик)

данные = {"список": [1, 2, 3], "кортеж": (1, [2]), "множество": {1, 2}, "строка": "привет", "вложенное": {"x": None, "y": True, "z": 1.5}}
восстановлено = copy.deepcopy(данные)
print(восстановлено == данные, восстановлено["кортеж"], type(восстановлено["множество"]).__name__, восстановлено["кортеж"][1] is данные["кортеж"][1], восстановлено["строка"] is данные["строка"])
цикл = [1]
цикл.append(цикл)
к_цикл = copy.deepcopy(цикл)
print(к_цикл[1] is к_цикл, к_цикл is not цикл, copy.copy(цикл)[1] is цикл)
d = {"a": 1}
mem = {}
d1 = copy.deepcopy(d, mem)
print(id(d) in mem, d1 == d, copy.deepcopy(5) == 5, copy.copy((1, 2)) == (1, 2))
f = lambda x: x
print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.deepcopy(Узел) is Узел)


class БезКопии:
    def __reduce_ex__(self, protocol):
        raise TypeError(f"нельзя копировать (протокол {protocol})")


try:
    copy.copy(БезКопии())
except TypeError as e:
    print("TypeError:", e)
