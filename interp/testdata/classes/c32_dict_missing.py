# Наследование от dict: __missing__, счётчики по умолчанию, регистр-независимые ключи
class Registry(dict):
    def __missing__(self, key):
        print(f"  нет ключа {key!r}, создаю")
        value = self[key] = []
        return value


r = Registry()
r["фрукты"].append("яблоко")
r["фрукты"].append("груша")
r["овощи"].append("морковь")
print(dict(r))
print(r.get("ягоды"), "ягоды" in r)
print(len(r), sorted(r))


class CaseInsensitive(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key.casefold(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.casefold())

    def __contains__(self, key):
        return super().__contains__(key.casefold())

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v


ci = CaseInsensitive({"Москва": 1147, "КАЗАНЬ": 1005})
ci["ПсКоВ"] = 903
print(ci["москва"], ci["казань"], "ПСКОВ" in ci)
print(sorted(ci.items()))
try:
    ci["Тверь"]
except KeyError as e:
    print("KeyError:", e)


class Defaulting(dict):
    def __init__(self, default, **kw):
        super().__init__(**kw)
        self.default = default

    def __missing__(self, key):
        return self.default(key)

    def __repr__(self):
        return f"{type(self).__name__}({dict.__repr__(self)})"


d = Defaulting(lambda k: k.upper() * 2, а="x")
print(d["а"], d["бв"], d)
print(d.get("бв", "нет"))
print("бв" in d, list(d))


class Counter2(dict):
    def __missing__(self, key):
        return 0


words = "раз два три два три три".split()
c = Counter2()
for w in words:
    c[w] += 1
print(c)
print(max(c, key=c.__getitem__), c["четыре"])
merged = c | {"пять": 5}
print(type(merged).__name__, merged)
c |= {"раз": 10}
print(type(c).__name__, c)
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
