# Склад: подкласс dict с __missing__, defaultdict, OrderedDict, ChainMap, Counter, свои ошибки KeyError
from collections import defaultdict, OrderedDict, ChainMap, Counter


class Stock(dict):
    def __missing__(self, item):
        raise KeyError(f"товар {item!r} не найден на складе")

    def add(self, item, qty):
        self[item] = self.get(item, 0) + qty
        return self

    def take(self, item, qty):
        have = self[item]
        if qty > have:
            raise ValueError(f"{item}: запрошено {qty}, есть только {have}")
        self[item] = have - qty
        if not self[item]:
            del self[item]


stock = Stock()
stock.add("гвозди", 100).add("шурупы", 40).add("гвозди", 20)
print(stock, len(stock), "гвозди" in stock, type(stock).__name__)
stock.take("шурупы", 40)
print(stock)
for action in (lambda: stock.take("молотки", 1), lambda: stock.take("гвозди", 500), lambda: stock["клей"]):
    try:
        action()
    except KeyError as e:
        print("KeyError:", e, "| args[0]:", e.args[0])
    except ValueError as e:
        print("ValueError:", e)
print(stock.get("клей", 0), stock.pop("клей", "нет"), dict(stock) == stock, stock | {"клей": 1})

orders = [("Анна", "гвозди"), ("Борис", "клей"), ("Анна", "шурупы"), ("Вера", "гвозди"), ("Анна", "гвозди")]
by_client = defaultdict(list)
for client, item in orders:
    by_client[client].append(item)
print(dict(by_client), by_client["Гость"], len(by_client))
nested = defaultdict(lambda: defaultdict(int))
for client, item in orders:
    nested[client][item] += 1
print({k: dict(v) for k, v in nested.items()})
print(repr(defaultdict(int, {"а": 1})), defaultdict(list).default_factory, defaultdict().default_factory)
try:
    defaultdict()["x"]
except KeyError as e:
    print("KeyError:", e)

recent = OrderedDict()
for item in ["гвозди", "клей", "шурупы", "клей", "скобы"]:
    recent[item] = recent.get(item, 0) + 1
    recent.move_to_end(item)
    if len(recent) > 3:
        print("вытесняю:", recent.popitem(last=False))
print(recent, list(recent), recent.popitem(), next(reversed(recent)))
recent.move_to_end("гвозди", last=False) if "гвозди" in recent else recent.move_to_end("клей", last=False)
print(list(recent.keys()), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

defaults = {"склад": "Главный", "валюта": "₽", "порог": 10}
user = {"порог": 5}
settings = ChainMap(user, defaults)
print(settings["склад"], settings["порог"], len(settings), sorted(settings))
settings["валюта"] = "$"
print(user, defaults["валюта"], settings.maps[0] is user, dict(settings.new_child({"порог": 1})))
try:
    del settings["склад"]
except KeyError as e:
    print("KeyError:", e)

sold = Counter(item for _, item in orders)
returned = Counter({"гвозди": 1, "клей": 5})
print(sold, sold - returned, sold + returned, sold & returned, sold | returned)
print(sold.most_common(1), sold["нет"], sorted(sold.elements()), Counter("абракадабра").most_common(3))
