# Библиотека как контейнер: __iter__, __contains__, __len__, __getitem__ со срезами, __bool__, __iadd__
from operator import attrgetter


class Книга:
    __slots__ = ("название", "автор", "год", "выдана")

    def __init__(self, название, автор, год):
        self.название, self.автор, self.год = название, автор, год
        self.выдана = False

    def __repr__(self):
        return f"«{self.название}» ({self.автор}, {self.год})"

    def __eq__(self, other):
        return isinstance(other, Книга) and (self.название, self.автор) == (other.название, other.автор)

    def __hash__(self):
        return hash((self.название, self.автор))


class Библиотека:
    def __init__(self, название, книги=()):
        self.название = название
        self._книги = list(книги)

    def __len__(self):
        return len(self._книги)

    def __bool__(self):
        return any(not к.выдана for к in self._книги)

    def __iter__(self):
        return (к for к in self._книги if not к.выдана)

    def __contains__(self, элемент):
        if isinstance(элемент, str):
            return any(элемент.lower() in к.название.lower() for к in self._книги)
        return элемент in self._книги

    def __getitem__(self, ключ):
        if isinstance(ключ, slice):
            return Библиотека(f"{self.название}[срез]", self._книги[ключ])
        if isinstance(ключ, str):
            for к in self._книги:
                if к.название == ключ:
                    return к
            raise KeyError(ключ)
        return self._книги[ключ]

    def __iadd__(self, книга):
        if книга in self._книги:
            raise ValueError(f"уже есть: {книга}")
        self._книги.append(книга)
        return self

    def __reversed__(self):
        return reversed(self._книги)

    def выдать(self, название):
        книга = self[название]
        if книга.выдана:
            raise RuntimeError(f"{книга} уже выдана")
        книга.выдана = True
        return книга

    def __repr__(self):
        return f"Библиотека({self.название!r}, {len(self)} кн.)"


б = Библиотека("Районная")
for н, а, г in [("Война и мир", "Толстой", 1869), ("Идиот", "Достоевский", 1869),
                ("Мёртвые души", "Гоголь", 1842), ("Обломов", "Гончаров", 1859), ("Анна Каренина", "Толстой", 1877)]:
    б += Книга(н, а, г)
print(б, len(б), bool(б), "мёртвые" in б, Книга("Идиот", "Достоевский", 0) in б, "Нос" in б)
print(б[0], б[-1], б["Обломов"], б[1:3], list(б[1:3]), б[::2]._книги)
try:
    б["Нос"]
except KeyError as e:
    print("KeyError:", e)
try:
    б += Книга("Идиот", "Достоевский", 1869)
except ValueError as e:
    print("ValueError:", e)
print(б.выдать("Идиот"), [к.название for к in б])
try:
    б.выдать("Идиот")
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(б, key=attrgetter("год", "название"))[:2])
print([к.название for к in reversed(б)], next(iter(б)).автор)
по_авторам = {}
for к in б._книги:
    по_авторам.setdefault(к.автор, []).append(к.название)
print(dict(sorted(по_авторам.items())))
print(max(б, key=lambda к: len(к.название)), min(б._книги, key=attrgetter("год")))
for к in б._книги:
    к.выдана = True
print(bool(б), list(б), len(б), "пусто" if not б else "есть")
print(len({Книга("Идиот", "Достоевский", 1), Книга("Идиот", "Достоевский", 2)}))
try:
    Книга("a", "b", 1).жанр = "роман"
except AttributeError as e:
    print("AttributeError:", e)
пустая = Библиотека("Пустая")
print(bool(пустая), list(пустая), пустая[:], 5 in пустая)
