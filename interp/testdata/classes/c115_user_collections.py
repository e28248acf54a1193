from collections import UserDict, UserList, UserString


class Словарь(UserDict):
    """Словарь, приводящий ключи к нижнему регистру."""

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data

    def __missing__(self, key):
        return f"<нет перевода: {key}>"


class ЖурналОценок(UserList):
    def append(self, item):
        if not 1 <= item <= 5:
            raise ValueError(f"оценка должна быть от 1 до 5, получено {item}")
        super().append(item)

    @property
    def средняя(self):
        return sum(self) / len(self) if self else 0


class Слово(UserString):
    def гласные(self):
        return sum(1 for ch in self.data.lower() if ch in "аеёиоуыэюя")

    def __repr__(self):
        return f"Слово({self.data!r})"


с = Словарь({"Кот": "cat", "СОБАКА": "dog"})
с["Мышь"] = "mouse"
с.update(Лиса="fox")
print(с, len(с), "кот" in с, "КОТ" in с, "волк" in с)
print(с["КОТ"], с["Волк"], с.get("мышь"), с.get("ёж", "?"))
print(sorted(с), list(с.values()), isinstance(с, dict), type(с.data).__name__)
del с["лиса"]
print(с.pop("мышь"), с.setdefault("ёж", "hedgehog"), с)
копия = с.copy()
копия["Волк"] = "wolf"
print(type(копия).__name__, копия, с == {"кот": "cat", "собака": "dog", "ёж": "hedgehog"})
print(с | {"Лось": "moose"}, type(с | {}).__name__)

ж = ЖурналОценок([5, 4])
ж.append(3)
ж += [5]
ж.extend([4])
print(ж, ж.средняя, ж[1:3], type(ж[1:3]).__name__, ж * 2 == [5, 4, 3, 5, 4] * 2)
try:
    ж.append(7)
except ValueError as e:
    print("ValueError:", e)
ж.insert(0, 2)
print(ж, ж.index(5), ж.count(5), sorted(ж), 5 in ж, ж.pop(), ж.data is not ж)
ж.sort(reverse=True)
print(ж, list(reversed(ж)), len(ж), ж + [1], type(ж + [1]).__name__, [0] + ж)

сл = Слово("Колокольчик")
print(сл, repr(сл), сл.гласные(), сл.upper(), type(сл.upper()).__name__, len(сл))
print(сл[0], сл[-3:], сл.startswith("Кол"), "лок" in сл, сл.count("о"), сл.find("ч"))
print(сл + "и", сл * 2, сл == "Колокольчик", сл < "Лес", сл.split("о"))
print(Слово("привет мир").title(), Слово("  пробелы ").strip(), Слово("а-б-в").replace("-", "+"))
print(f"{сл!s:>14}|{str(сл):*^15}|", "%s!" % сл, str(сл) == сл.data, hash(сл) == hash("Колокольчик"))
print(sorted([Слово("ёж"), Слово("еж"), Слово("жук")]), Слово("ЁЛКА").casefold())
