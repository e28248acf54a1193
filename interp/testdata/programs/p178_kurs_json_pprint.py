"""Курс «Python для аналитиков», занятие 9: параллельная обработка
анкет. ThreadPoolExecutor.map с исключением посреди выдачи, сводка в
JSON (ensure_ascii=False, indent, sort_keys), pprint словаря, textwrap
для длинных комментариев и itertools.groupby по городам.
"""
import json
import pprint
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor
from itertools import groupby
from operator import itemgetter

анкеты = [
    {"имя": "Алёна", "город": "Казань", "возраст": 31, "отзыв": "Курс понравился, но домашних заданий слишком много; хотелось бы больше разборов."},
    {"имя": "Борис", "город": "Москва", "возраст": 45, "отзыв": "Отлично."},
    {"имя": "Вика", "город": "Казань", "возраст": 27, "отзыв": "Потоки и очереди наконец стали понятны — спасибо за примеры с банком!"},
    {"имя": "Гриша", "город": "Омск", "возраст": -1, "отзыв": ""},
    {"имя": "Дана", "город": "Москва", "возраст": 38, "отзыв": "Нужно больше про asyncio."},
]


class ОшибкаАнкеты(ValueError):
    pass


def обработать(анкета):
    if анкета["возраст"] < 0:
        raise ОшибкаАнкеты(f"{анкета['имя']}: возраст {анкета['возраст']} недопустим")
    слова = анкета["отзыв"].split()
    return {
        "имя": анкета["имя"],
        "город": анкета["город"],
        "слов": len(слова),
        "поток": threading.current_thread().name.split("_")[0],
    }


итоги = []
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="Анкетёр") as пул:
    выдача = пул.map(обработать, анкеты)
    try:
        for итог in выдача:
            итоги.append(итог)
    except ОшибкаАнкеты as e:
        print("map остановился на ошибке:", e, "| получено:", len(итоги))
    print("map после ошибки пуст:", list(выдача))

print(json.dumps(итоги[0], ensure_ascii=False))
print(json.dumps(итоги[0])[:40])
print(json.dumps({"итоги": итоги, "всего": len(итоги)}, ensure_ascii=False, indent=2, sort_keys=True))
восстановлено = json.loads(json.dumps(итоги, ensure_ascii=False))
print(восстановлено == итоги, type(восстановлено[0]).__name__)

сводка = {город: [а["имя"] for а in группа]
          for город, группа in groupby(sorted(анкеты, key=itemgetter("город")), key=itemgetter("город"))}
pprint.pprint(сводка)
pprint.pprint(анкеты[:2], width=60, sort_dicts=False)
print(pprint.pformat({"а": list(range(30))}, compact=True, width=50))

for а in анкеты:
    if а["отзыв"]:
        print(f"{а['имя']:>6}: " + textwrap.fill(а["отзыв"], width=40, subsequent_indent=" " * 8))
print(textwrap.shorten(анкеты[0]["отзыв"], width=30, placeholder=" […]"))
print(textwrap.indent("первая\nвторая", "› "))
print(textwrap.dedent("""
    отступ
      вложенный
    """).strip("\n"))
print(json.dumps("Ё\u2014\t", ensure_ascii=True), json.dumps([1.0, 1e20, float("inf")]))
try:
    json.dumps({("a",): 1})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos)
