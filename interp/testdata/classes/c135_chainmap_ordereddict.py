# Настройки со слоями ChainMap, LRU-кэш на OrderedDict.move_to_end
from collections import ChainMap, OrderedDict, defaultdict


class Настройки:
    умолчания = {"язык": "ru", "тема": "светлая", "размер": 12}

    def __init__(self, **пользовательские):
        self.слои = ChainMap({}, dict(пользовательские), self.умолчания)

    def __getitem__(self, ключ):
        return self.слои[ключ]

    def __setitem__(self, ключ, значение):
        self.слои[ключ] = значение

    def временно(self, **изменения):
        дочерние = Настройки()
        дочерние.слои = self.слои.new_child(изменения)
        return дочерние

    def __repr__(self):
        return f"Настройки({dict(self.слои)})"


н = Настройки(тема="тёмная")
print(н["язык"], н["тема"], н["размер"])
н["размер"] = 14
print(н.слои.maps[0], н.слои.maps[1], len(н.слои), sorted(н.слои))
в = н.временно(язык="en", размер=20)
print(в["язык"], в["размер"], в["тема"], н["язык"])
print(в.слои.parents["размер"], list(в.слои.keys()))
print(repr(н))
del н.слои["размер"]
print(н["размер"])
try:
    del н.слои["тема"]
except KeyError as e:
    print("KeyError:", e)
print("тема" in н.слои, н.слои.get("нет", "—"))


class LRU:
    def __init__(self, ёмкость):
        self.ёмкость = ёмкость
        self.данные = OrderedDict()
        self.промахи = 0

    def get(self, ключ, вычислить):
        if ключ in self.данные:
            self.данные.move_to_end(ключ)
            return self.данные[ключ]
        self.промахи += 1
        значение = вычислить(ключ)
        self.данные[ключ] = значение
        if len(self.данные) > self.ёмкость:
            старый, _ = self.данные.popitem(last=False)
            print("  вытеснен", старый)
        return значение


кэш = LRU(3)
for слово in ["кот", "пёс", "кот", "ёж", "лис", "пёс", "кот", "ёж"]:
    кэш.get(слово, lambda с: с.upper())
print(list(кэш.данные), кэш.промахи)
od = OrderedDict.fromkeys("абвг", 0)
od.move_to_end("а")
od.move_to_end("г", last=False)
print(od, list(reversed(od)))
print(od == OrderedDict([("г", 0), ("б", 0), ("в", 0), ("а", 0)]), od == dict.fromkeys("абвг", 0))
try:
    od.move_to_end("я")
except KeyError as e:
    print("KeyError:", e)
группы = defaultdict(list)
for слово in ["арбуз", "банан", "авокадо", "вишня", "брусника"]:
    группы[слово[0]].append(слово)
print(dict(группы), группы.default_factory.__name__)
print(ChainMap({"a": 1}, {"b": 2}, {"a": 3}))
