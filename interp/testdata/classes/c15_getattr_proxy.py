# __getattr__/__setattr__/__delattr__: прокси, записи с проверкой, ленивые атрибуты
class Record:
    __fields__ = ("имя", "возраст", "город")

    def __init__(self, **kwargs):
        object.__setattr__(self, "_data", {})
        object.__setattr__(self, "_log", [])
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        data = object.__getattribute__(self, "_data")
        if name in data:
            return data[name]
        raise AttributeError(f"у записи нет поля {name!r}")

    def __setattr__(self, name, value):
        if name not in self.__fields__:
            raise AttributeError(f"неизвестное поле {name!r}")
        self._log.append(f"{name}={value!r}")
        self._data[name] = value

    def __delattr__(self, name):
        if name not in self._data:
            raise AttributeError(name)
        self._log.append(f"del {name}")
        del self._data[name]

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self._data.items()) + ")"


class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*args, **kwargs):
                self.calls.append(name)
                return attr(*args, **kwargs)
            return wrapped
        return attr


class Defaults:
    color = "синий"

    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: f"значение {key}"
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


r = Record(имя="Пётр", возраст=33)
r.город = "Тула"
print(r, r.имя, r.возраст, r._log)
try:
    r.зарплата = 100
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.телефон
except AttributeError as e:
    print("AttributeError:", e)
del r.возраст
print(r, hasattr(r, "возраст"), getattr(r, "возраст", "нет"), r._log[-1])
try:
    del r.возраст
except AttributeError as e:
    print("AttributeError:", repr(e))

p = Proxy(["в", "а", "б"])
p.append("г")
p.sort()
print(p._target, p.calls, p.count("а"), p.calls)
text = Proxy("Привет Мир")
print(text.upper(), text.split(), text.calls, text.__class__.__name__)

d = Defaults()
print(d.color, d.get_name(), d.get_город())
try:
    d.unknown
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "missing", None), hasattr(d, "get_x"), hasattr(d, "x"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


pt = Point(1, 2)
for name in ("x", "y", "z"):
    print(name, getattr(pt, name, "—"), hasattr(pt, name))
setattr(pt, "z", 3)
print(vars(pt), sorted(k for k in dir(pt) if not k.startswith("__")))
delattr(pt, "x")
print(vars(pt), pt.__dict__ is vars(pt))
pt.__dict__["w"] = 9
print(pt.w, sorted(pt.__dict__))
try:
    delattr(pt, "x")
except AttributeError as e:
    print("AttributeError:", e)
