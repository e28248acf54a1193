# dict.get and dict.setdefault find a key by a value of another type
# that equals it with the same hash (True for 1, an IntEnum member for
# its int, a str subclass for its str), with CPython's argument errors.
import enum


class Уровень(enum.IntEnum):
    НИЗКИЙ = 1
    ВЫСОКИЙ = 2


class Имя(str):
    pass


d = {1: "один", "поток": 2, 2.0: "два"}
print(d.get(1), d.get(True), d.get(Уровень.НИЗКИЙ), d.get(Уровень.ВЫСОКИЙ), d.get(2))
print(d.get(3), d.get(3, "нет"), d.get(Имя("поток")), d.get("поток"))
print(d.setdefault(True, "x"), d.setdefault(Уровень.ВЫСОКИЙ, "y"), d.setdefault(5, "пять"), len(d))
names = {Уровень.НИЗКИЙ: "низкий"}
print(names.get(Уровень.НИЗКИЙ), names.get(Уровень(1)), names.get(2, "?"))
for bad in (lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.get(k=1), lambda: d.get([]),
            lambda: d.setdefault(), lambda: d.setdefault(1, 2, 3), lambda: d.setdefault({}, 1)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
