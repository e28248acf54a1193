# Метаклассы: __prepare__ с журналом порядка, __call__ для синглтонов и кэша, __new__ классов
class ЖурналИмён(dict):
    def __init__(self):
        super().__init__()
        self.порядок = []

    def __setitem__(self, ключ, значение):
        if not ключ.startswith("__"):
            self.порядок.append(ключ)
        super().__setitem__(ключ, значение)


class Упорядоченный(type):
    @classmethod
    def __prepare__(mcls, имя, базы, **kw):
        print("prepare", имя, [b.__name__ for b in базы], kw)
        return ЖурналИмён()

    def __new__(mcls, имя, базы, ns, **kw):
        cls = super().__new__(mcls, имя, базы, dict(ns))
        cls._поля = tuple(getattr(ns, "порядок", [k for k in ns if not k.startswith("__")]))
        cls._опции = kw
        return cls

    def __init__(cls, имя, базы, ns, **kw):
        super().__init__(имя, базы, ns)

    def __repr__(cls):
        return f"<класс {cls.__name__} поля={cls._поля}>"


class Запись(metaclass=Упорядоченный, таблица="записи"):
    id = 0
    название = ""

    def показать(self):
        return {k: getattr(self, k) for k in self._поля if not callable(getattr(self, k))}


class Книга(Запись, таблица="книги"):
    автор = "?"
    год = 1900


print(Запись, Книга, Книга._опции, type(Книга).__name__, isinstance(Книга, Упорядоченный))
к = Книга()
к.название = "Мастер и Маргарита"
print(к.показать(), Книга.__mro__[1].__name__)


class Одиночка(type):
    _экземпляры = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Одиночка._экземпляры:
            print("создаём", cls.__name__, args)
            Одиночка._экземпляры[cls] = super().__call__(*args, **kwargs)
        return Одиночка._экземпляры[cls]


class Настройки(metaclass=Одиночка):
    def __init__(self, путь="config.ini"):
        self.путь = путь


class Логгер(metaclass=Одиночка):
    pass


a, b = Настройки("a.ini"), Настройки("b.ini")
print(a is b, a.путь, Логгер() is Логгер(), len(Одиночка._экземпляры))


class Счётный(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls, *args)
        if isinstance(obj, cls):
            cls.__init__(obj, *args)
        cls.создано = getattr(cls, "создано", 0) + 1
        return obj

    def __len__(cls):
        return cls.создано

    def __iter__(cls):
        return iter(range(cls.создано))

    def __getitem__(cls, n):
        return f"{cls.__name__}[{n}]"


class Точка(metaclass=Счётный):
    def __new__(cls, x, y):
        if x == y == 0:
            return "НАЧАЛО"
        return super().__new__(cls)

    def __init__(self, x, y):
        self.x, self.y = x, y


p, q, o = Точка(1, 2), Точка(3, 4), Точка(0, 0)
print(p.x, q.y, o, len(Точка), list(Точка), Точка[5], Точка["a"])
Динамический = Упорядоченный("Динамический", (Запись,), {"цвет": "red"})
print(Динамический, Динамический().показать(), Динамический.цвет)
try:
    class Плохой(Настройки, metaclass=Упорядоченный):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(Упорядоченный), Упорядоченный.__mro__, Одиночка.__call__.__name__)
