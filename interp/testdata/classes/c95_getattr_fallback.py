class Запись:
    поля = ("имя", "фамилия")

    def __init__(self, **данные):
        super().__setattr__("_данные", dict(данные))
        super().__setattr__("журнал", [])

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "журнал":
            super().__getattribute__("журнал").append(("get", name))
        return super().__getattribute__(name)

    def __getattr__(self, name):
        данные = super().__getattribute__("_данные")
        if name in данные:
            return данные[name]
        raise AttributeError(f"у записи нет поля {name!r}")

    def __setattr__(self, name, value):
        if name in type(self).поля:
            self._данные[name] = value
        else:
            super().__setattr__(name, value)

    def __delattr__(self, name):
        if name in self._данные:
            del self._данные[name]
        else:
            super().__delattr__(name)

    def полное(self):
        return f"{self.имя} {self.фамилия}"


z = Запись(имя="Иван", фамилия="Петров", город="Тула")
print(z.полное(), z.город)
z.имя = "Пётр"
z.возраст = 40
print(z.полное(), z.возраст, sorted(vars(z)))
print(z.журнал)
print(getattr(z, "телефон", "нет"))
try:
    z.телефон
except AttributeError as e:
    print("AttributeError:", e)
del z.город
print(hasattr(z, "город"))
del z.возраст
try:
    del z.возраст
except AttributeError as e:
    print("AttributeError:", e)


class Ленивый:
    def __init__(self):
        self.загружено = []

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        value = name.upper() * 2
        self.загружено.append(name)
        setattr(self, name, value)
        return value


l = Ленивый()
print(l.ab, l.ab, l.ёж, l.загружено)
print(sorted(l.__dict__))


class Обёртка:
    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)

    def __getattr__(self, name):
        attr = getattr(self._obj, name)
        if callable(attr):
            def wrapped(*args, **kwargs):
                result = attr(*args, **kwargs)
                print(f"  вызов {name}{args} -> {result!r}")
                return result
            return wrapped
        return attr

    def __setattr__(self, name, value):
        raise AttributeError(f"только чтение: {name}")

    def __len__(self):
        return len(self._obj)


w = Обёртка(["б", "а", "в"])
w.append("г")
w.sort()
print(w.index("в"), len(w), w._obj)
try:
    w.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    w.нет_такого
except AttributeError as e:
    print("AttributeError:", e)

s = Обёртка("Привет, Мир")
print(s.upper(), s.split(", "), s.__class__.__name__)


class Prop:
    @property
    def x(self):
        raise AttributeError("внутри свойства")

    def __getattr__(self, name):
        return f"fallback {name}"


print(Prop().x, Prop().y)
