# functools.reduce/partial/cmp_to_key/total_ordering, operator.attrgetter/itemgetter/methodcaller
import functools
import operator
from dataclasses import dataclass


@dataclass
class Товар:
    название: str
    цена: float
    количество: int
    категория: str


товары = [
    Товар("Молоко", 89.9, 3, "еда"),
    Товар("Хлеб", 45.0, 2, "еда"),
    Товар("Мыло", 60.5, 5, "быт"),
    Товар("Чай", 210.0, 1, "еда"),
    Товар("Губка", 25.0, 10, "быт"),
]
print([т.название for т in sorted(товары, key=operator.attrgetter("категория", "цена"))])
print(sorted(map(operator.attrgetter("название"), товары), key=str.lower))
итого = functools.reduce(lambda acc, т: acc + т.цена * т.количество, товары, 0)
print(round(итого, 2))
print(functools.reduce(operator.mul, [1, 2, 3, 4, 5]), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

пары = [("Оля", 25), ("Ян", 31), ("Ёля", 25), ("Аня", 19)]
print(sorted(пары, key=operator.itemgetter(1, 0)))
получить = operator.itemgetter(0, -1)
print(получить("привет"), operator.itemgetter("к")({"к": "з"}))
верх = operator.methodcaller("upper")
заменить = operator.methodcaller("replace", "о", "0")
print(верх("молоко"), заменить("молоко"), list(map(operator.methodcaller("count", "о"), ["око", "дом"])))


def сравнить(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


слова = ["ёж", "кот", "ад", "бегемот", "ель", "як"]
print(sorted(слова, key=functools.cmp_to_key(сравнить)))
print(sorted(слова, key=functools.cmp_to_key(lambda a, b: сравнить(b, a)))[:3])


def цена_со_скидкой(цена, скидка, округлить=2):
    return round(цена * (1 - скидка), округлить)


распродажа = functools.partial(цена_со_скидкой, скидка=0.3)
print(распродажа(100), распродажа(99.99, округлить=0), распродажа.func.__name__, распродажа.keywords)
удвоить = functools.partial(operator.mul, 2)
print(list(map(удвоить, [1, 2, 3])), удвоить.args)


@functools.total_ordering
class Версия:
    def __init__(self, строка):
        self.части = tuple(int(ч) for ч in строка.split("."))

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


версии = [Версия(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(версии), max(версии), Версия("1.2") >= Версия("1.2"), Версия("2.0") <= Версия("1.9"))
try:
    Версия("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)


@functools.lru_cache(maxsize=None)
def фиб(n):
    return n if n < 2 else фиб(n - 1) + фиб(n - 2)


print(фиб(80), фиб.cache_info().hits > 0)
print(functools.reduce(lambda d, т: d | {т.категория: d.get(т.категория, 0) + 1}, товары, {}))
