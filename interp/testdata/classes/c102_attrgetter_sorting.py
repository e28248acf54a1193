from operator import attrgetter, itemgetter, methodcaller
from functools import total_ordering, cmp_to_key
from dataclasses import dataclass


@dataclass
class Адрес:
    город: str
    улица: str


@dataclass
class Сотрудник:
    имя: str
    отдел: str
    оклад: int
    адрес: Адрес

    def стаж_текст(self):
        return f"{self.имя} из {self.адрес.город}"


люди = [
    Сотрудник("Ольга", "ИТ", 120, Адрес("Москва", "Тверская")),
    Сотрудник("Борис", "Бухгалтерия", 90, Адрес("Казань", "Баумана")),
    Сотрудник("Алла", "ИТ", 150, Адрес("Казань", "Пушкина")),
    Сотрудник("Юрий", "Склад", 70, Адрес("Ёлкино", "Лесная")),
    Сотрудник("Вера", "Бухгалтерия", 90, Адрес("Москва", "Арбат")),
]

for s in sorted(люди, key=attrgetter("отдел", "имя")):
    print(f"{s.отдел:<12}{s.имя:<6}{s.оклад:>5}")
print([s.имя for s in sorted(люди, key=attrgetter("адрес.город"))])
print([s.имя for s in sorted(люди, key=attrgetter("оклад"), reverse=True)])
print(max(люди, key=attrgetter("оклад")).имя, min(люди, key=attrgetter("адрес.улица")).имя)
get = attrgetter("имя", "адрес.город")
print(get(люди[0]), attrgetter("адрес")(люди[3]))
print(list(map(methodcaller("стаж_текст"), люди[:2])))
print(methodcaller("replace", "а", "А", 1)("банан"))
try:
    attrgetter("зарплата")(люди[0])
except AttributeError as e:
    print("AttributeError:", e)
print(repr(attrgetter("имя")), repr(itemgetter(1, "а")))

пары = [("ёж", 3), ("еж", 1), ("Ёж", 2), ("яблоко", 1)]
print(sorted(пары), sorted(пары, key=itemgetter(1, 0)))
print(sorted(пары, key=lambda p: (p[0].casefold().replace("ё", "е"), p[1])))


def сравнить(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["дом", "я", "кот", "автобус", "ум"], key=cmp_to_key(сравнить)))


@total_ordering
class Версия:
    def __init__(self, текст):
        self.части = tuple(int(x) for x in текст.split("."))

    def __eq__(self, other):
        if not isinstance(other, Версия):
            return NotImplemented
        return self.части == other.части

    def __lt__(self, other):
        if not isinstance(other, Версия):
            return NotImplemented
        return self.части < other.части

    def __repr__(self):
        return "v" + ".".join(map(str, self.части))


версии = [Версия(v) for v in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(версии), max(версии), Версия("1.2") >= Версия("1.1.9"), Версия("2") <= Версия("1"))
print(sorted(set(map(repr, версии))))
try:
    Версия("1") > "1"
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Версия("1"), 1])
except TypeError as e:
    print("TypeError:", e)
print(Версия.__gt__.__name__, Версия.__le__.__name__)
