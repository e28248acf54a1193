# Дескрипторы с __set_name__ и сообщениями на русском, __repr__ с защитой от рекурсии
import reprlib


class Поле:
    def __set_name__(self, owner, name):
        self.имя = name
        self.приватное = "_" + name
        owner._поля = getattr(owner, "_поля", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.приватное, None)

    def __set__(self, obj, value):
        self.проверить(value)
        setattr(obj, self.приватное, value)

    def проверить(self, value):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} {self.имя}>"


class Строка(Поле):
    def __init__(self, мин=1, макс=50):
        self.мин, self.макс = мин, макс

    def проверить(self, value):
        if not isinstance(value, str):
            raise TypeError(f"поле «{self.имя}» должно быть строкой, получено {type(value).__name__}")
        if not self.мин <= len(value) <= self.макс:
            raise ValueError(f"длина поля «{self.имя}» должна быть от {self.мин} до {self.макс}, а не {len(value)}")


class Число(Поле):
    def __init__(self, мин=None):
        self.мин = мин

    def проверить(self, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"поле «{self.имя}» должно быть числом")
        if self.мин is not None and value < self.мин:
            raise ValueError(f"поле «{self.имя}»: {value} меньше минимума {self.мин}")


class Товар:
    название = Строка(2, 20)
    цена = Число(мин=0)
    остаток = Число(мин=0)

    def __init__(self, название, цена, остаток=0):
        self.название, self.цена, self.остаток = название, цена, остаток

    def __repr__(self):
        return f"Товар({', '.join(f'{п}={getattr(self, п)!r}' for п in self._поля)})"


т = Товар("Чайник", 1990.5, 3)
print(т, Товар._поля, Товар.цена, vars(т))
for поле, значение in [("название", "Ч"), ("название", 42), ("цена", -1), ("цена", "дорого"), ("остаток", True), ("название", "Я" * 21)]:
    try:
        setattr(т, поле, значение)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
т.цена = 0
print(т.цена, т.__dict__)


class Узел:
    def __init__(self, имя):
        self.имя = имя
        self.дети = []
        self.родитель = None

    def добавить(self, *дети):
        for д in дети:
            д.родитель = self
            self.дети.append(д)
        return self

    @reprlib.recursive_repr(fillvalue="<…>")
    def __repr__(self):
        return f"Узел({self.имя!r}, дети={self.дети!r}, родитель={self.родитель!r})"


корень = Узел("корень").добавить(Узел("а"), Узел("б"))
print(корень)
print(корень.дети[0])


class Группа(list):
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Группа<" + ", ".join(map(repr, self)) + ">"


г = Группа([1, 2])
г.append(г)
print(г, [г])
с = {"я": None}
с["я"] = с
print(с, reprlib.repr(list(range(20))), reprlib.repr("ё" * 40))
л = [1]
л.append([л, (л,)])
print(л)
