# json.JSONEncoder and dumps(cls=...): a subclass's default, super's
# TypeError, the options __init__ keeps, a subclass's own __init__.
import json
from datetime import date


class ДатаКодировщик(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.strftime("%d.%m.%Y")
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


данные = {"когда": date(2024, 1, 9), "кто": {"Яна", "Артём"}, "n": 1.5}
print(json.dumps(данные, cls=ДатаКодировщик, ensure_ascii=False))
print(json.dumps(данные, cls=ДатаКодировщик, indent=2, sort_keys=True))
try:
    json.dumps({"x": object}, cls=ДатаКодировщик)
except TypeError as e:
    print("TypeError:", e)
enc = json.JSONEncoder(indent=1, separators=(",", "="))
print(enc.encode([1, {"a": None}]), enc.item_separator, enc.key_separator, enc.indent, enc.ensure_ascii)
print(json.JSONEncoder().encode({"k": [True, "ё"]}), "".join(json.JSONEncoder().iterencode([1])))
try:
    json.JSONEncoder().encode({1j})
except TypeError as e:
    print("TypeError:", e)


class Префикс(json.JSONEncoder):
    def __init__(self, *, префикс="", **kw):
        super().__init__(**kw)
        self.префикс = префикс

    def encode(self, o):
        return self.префикс + super().encode(o)


print(json.dumps([1, 2], cls=Префикс, префикс="#", separators=(",", ":")))
print(isinstance(ДатаКодировщик(), json.JSONEncoder), json.JSONEncoder.__name__, json.dumps(1, cls=None))
print(ДатаКодировщик(default=lambda o: "D").encode([date(2000, 1, 1), 1j]))
