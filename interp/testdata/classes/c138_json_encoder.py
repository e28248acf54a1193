# json.dumps(ensure_ascii=False, indent=2) объектов через default= и подклассы JSONEncoder
import json
from dataclasses import dataclass, asdict, field
from datetime import date
from decimal import Decimal
from enum import Enum


class Статус(Enum):
    НОВЫЙ = "новый"
    ГОТОВ = "готов"


@dataclass
class Заказ:
    номер: int
    клиент: str
    сумма: Decimal
    дата: date
    статус: Статус = Статус.НОВЫЙ
    теги: set = field(default_factory=set)


class Кодировщик(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, set):
            return sorted(o)
        if hasattr(o, "__dataclass_fields__"):
            return asdict(o)
        return super().default(o)


з = Заказ(17, "Ольга Ёлкина", Decimal("1234.50"), date(2024, 3, 8), теги={"срочно", "опт"})
print(json.dumps(з, cls=Кодировщик, ensure_ascii=False, indent=2))
print(json.dumps({"клиент": "Ёж"}), json.dumps({"клиент": "Ёж"}, ensure_ascii=False))


def по_умолчанию(o):
    if isinstance(o, complex):
        return {"re": o.real, "im": o.imag}
    raise TypeError(f"не умею: {type(o).__name__}")


print(json.dumps([1 + 2j, {"в": (1, 2)}], default=по_умолчанию, ensure_ascii=False))
try:
    json.dumps({"x": object()}, default=по_умолчанию)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
данные = {"b": 1, "а": [1, 2, {"z": None, "y": True}], "c": 1.5}
print(json.dumps(данные, sort_keys=True, ensure_ascii=False, separators=(",", ":")))
print(json.dumps(данные, indent="\t", ensure_ascii=False).splitlines()[2])
текст = json.dumps(asdict(з), default=str, ensure_ascii=False)
обратно = json.loads(текст)
print(type(обратно["сумма"]).__name__, обратно["дата"], обратно["статус"])


def в_заказ(d):
    if "номер" in d:
        return Заказ(d["номер"], d["клиент"], Decimal(d["сумма"]), date.fromisoformat(d["дата"]))
    return d


восстановлен = json.loads(json.dumps(з, cls=Кодировщик), object_hook=в_заказ)
print(восстановлен.клиент, восстановлен.сумма, восстановлен.дата.year, восстановлен == з)
print(json.loads('{"a": 1.10, "b": [1e3, -0]}', parse_float=Decimal))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno)
print(json.dumps("строка\n\"кавычки\"", ensure_ascii=False), json.dumps(float("inf")))
