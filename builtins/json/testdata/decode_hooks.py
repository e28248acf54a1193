import json
from decimal import Decimal
from collections import OrderedDict
class SimpleNamespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)
text = '{"имя": "Анна", "цена": 12.50, "кол": 3, "теги": [{"a": 1}, {"b": 2.0}], "z": {}}'
print(json.loads(text, object_hook=lambda d: sorted(d)))
print(json.loads(text, parse_float=Decimal))
print(json.loads(text, parse_int=float, parse_float=str))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('[{"x": 1}]', object_hook=lambda d: SimpleNamespace(**d))[0].x)
print(json.loads('{"a": {"b": {}}}', object_pairs_hook=lambda p: dict(p, n=len(p)), object_hook=lambda d: "ignored"))
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(json.loads('[NaN, Infinity, -Infinity, true, null, 1]', parse_constant=lambda c: "const:" + c))
try:
    json.loads('[NaN]', parse_constant=lambda c: int(c))
except ValueError as e:
    print("ValueError", e)
