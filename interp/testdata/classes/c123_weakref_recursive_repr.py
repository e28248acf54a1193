import weakref
import gc
import reprlib
from reprlib import recursive_repr


class Изображение:
    """Тяжёлый объект, который кэшируется слабыми ссылками."""

    загружено = 0

    def __init__(self, путь):
        self.путь = путь
        Изображение.загружено += 1

    def __repr__(self):
        return f"Изображение({self.путь!r})"


class Кэш:
    def __init__(self):
        self._данные = weakref.WeakValueDictionary()

    def получить(self, путь):
        obj = self._данные.get(путь)
        if obj is None:
            print(f"  загрузка {путь}")
            obj = Изображение(путь)
            self._данные[путь] = obj
        return obj

    def __len__(self):
        return len(self._данные)

    def ключи(self):
        return sorted(self._данные.keys())


к = Кэш()
а = к.получить("кот.png")
б = к.получить("кот.png")
в = к.получить("пёс.png")
print(а is б, len(к), к.ключи(), Изображение.загружено)
del а, б
gc.collect()
print(len(к), к.ключи(), "кот.png" in к._данные)
в2 = к.получить("пёс.png")
print(в2 is в, Изображение.загружено)

ссылка = weakref.ref(в)
print(ссылка() is в, ссылка() is в2, type(ссылка).__name__)
del в, в2
gc.collect()
print(ссылка(), len(к))


class Узел:
    def __init__(self, имя):
        self.имя = имя
        self.дети = []
        self.родитель = None

    def добавить(self, ребёнок):
        ребёнок.родитель = self
        self.дети.append(ребёнок)
        return ребёнок

    @recursive_repr()
    def __repr__(self):
        return f"Узел({self.имя!r}, дети={self.дети!r}, родитель={self.родитель!r})"


корень = Узел("корень")
лист = корень.добавить(Узел("лист"))
print(корень)
print(лист)


class Список(list):
    @recursive_repr(fillvalue="<…>")
    def __repr__(self):
        return "Список" + list.__repr__(self)


с = Список([1, 2])
с.append(с)
print(repr(с))
р = reprlib.Repr()
р.maxlist = 3
р.maxstring = 12
print(р.repr(list(range(10))), р.repr("очень длинная строка текста"), reprlib.repr({"к": list(range(20))}))
print(reprlib.repr("абвгдеёжзийклмнопрстуфхцчшщъыьэюя" * 2))
