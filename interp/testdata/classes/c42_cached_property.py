# Свойства с кэшированием: cached_property, ручной кэш, инвалидирование, property.setter
from functools import cached_property


class Report:
    def __init__(self, rows):
        self._rows = list(rows)
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        print("  считаю total...")
        return sum(r[1] for r in self._rows)

    @cached_property
    def by_name(self):
        self.computed += 1
        return {name: value for name, value in self._rows}

    def add(self, name, value):
        self._rows.append((name, value))
        for attr in ("total", "by_name"):
            self.__dict__.pop(attr, None)


r = Report([("яблоки", 10), ("груши", 5)])
print(r.total, r.total, r.computed)
print("total" in vars(r), sorted(vars(r)))
r.add("сливы", 7)
print("после add:", "total" in vars(r))
print(r.total, r.by_name["сливы"], r.computed)
r.total = 100
print("перезаписан:", r.total)
del r.total
print("после del:", r.total)
print(type(Report.total).__name__, Report.total.attrname)


class Temperature:
    def __init__(self, celsius):
        self._celsius = None
        self._fahrenheit_cache = None
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"ниже абсолютного нуля: {value}")
        self._celsius = value
        self._fahrenheit_cache = None

    @celsius.deleter
    def celsius(self):
        print("  удаление запрещено, сбрасываю в 0")
        self._celsius = 0

    @property
    def fahrenheit(self):
        if self._fahrenheit_cache is None:
            print("  пересчёт F")
            self._fahrenheit_cache = self._celsius * 9 / 5 + 32
        return self._fahrenheit_cache


t = Temperature(25)
print(t.fahrenheit, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
del t.celsius
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)


class Lazy:
    def __init__(self, loader):
        self.loader = loader
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.loader(obj)
        setattr(obj, self.name, value)
        return value


class Doc:
    words = Lazy(lambda self: (print("  загрузка слов"), self.text.split())[1])

    def __init__(self, text):
        self.text = text


d = Doc("мама мыла раму")
print(d.words, d.words, Doc.words.name)
