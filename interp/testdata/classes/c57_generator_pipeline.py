# Конвейер обработки логов на генераторах: чтение, разбор, фильтры, агрегация, send для настройки
import itertools

RAW = """2024-03-01 10:00:01 INFO  вход пользователя анна
2024-03-01 10:00:05 ERROR ошибка базы: таймаут
2024-03-01 10:01:00 WARN  медленный запрос 1200мс
2024-03-01 10:02:10 INFO  вход пользователя борис
# комментарий
2024-03-01 10:03:00 ERROR ошибка базы: нет соединения

2024-03-01 10:04:30 INFO  выход пользователя анна
2024-03-01 10:05:00 ERROR ошибка диска: мало места"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def skip_noise(lines):
    for n, line in lines:
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield n, stripped


def parse(lines):
    for n, line in lines:
        date, time, level, message = line.split(maxsplit=3)
        yield {"n": n, "time": time, "level": level, "msg": message}


def by_level(records, *levels):
    return (r for r in records if r["level"] in levels)


def numbered(records, start=1):
    yield from zip(itertools.count(start), records)


pipeline = by_level(parse(skip_noise(read_lines(RAW))), "ERROR", "WARN")
for i, rec in numbered(pipeline):
    print(f"{i}. [{rec['level']:<5}] {rec['time']} (строка {rec['n']}): {rec['msg']}")

records = list(parse(skip_noise(read_lines(RAW))))
levels = {}
for rec in records:
    levels[rec["level"]] = levels.get(rec["level"], 0) + 1
print(levels)
for kind, group in itertools.groupby(sorted(r["msg"].split(":")[0] for r in records if r["level"] == "ERROR")):
    print(f"  {kind}: {len(list(group))}")


def monitor(threshold):
    count = 0
    alerts = []
    while True:
        rec = yield alerts
        if rec is None:
            break
        if isinstance(rec, int):
            threshold = rec
            print(f"  порог изменён на {threshold}")
            continue
        if rec["level"] == "ERROR":
            count += 1
            if count >= threshold:
                alerts = alerts + [f"тревога на {rec['time']}"]
                count = 0
    return alerts


mon = monitor(2)
next(mon)
for rec in records[:4]:
    mon.send(rec)
mon.send(1)
for rec in records[4:]:
    state = mon.send(rec)
print("текущие тревоги:", state)
try:
    mon.send(None)
except StopIteration as stop:
    print("итог:", stop.value)


def batched(iterable, n):
    it = iter(iterable)
    while batch := list(itertools.islice(it, n)):
        yield batch


print([[r["n"] for r in b] for b in batched(records, 2)])
users = (r["msg"].split()[-1] for r in records if "пользователя" in r["msg"])
print(sorted(set(users)), list(users))
