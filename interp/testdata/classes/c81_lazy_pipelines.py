# Ленивые конвейеры: порядок вычислений генераторов, finally при выходе, io.StringIO как файл
import io

LOG = """2024-03-01 INFO  Запуск сервиса
2024-03-01 WARN  Медленный ответ: 2.5 с
2024-03-02 ERROR Нет соединения с базой
2024-03-02 INFO  Повторное подключение
2024-03-03 ERROR Таймаут запроса
2024-03-03 INFO  Остановка"""


def read_lines(f):
    print("  [read_lines старт]")
    try:
        for n, line in enumerate(f, 1):
            print(f"  [читаю строку {n}]")
            yield line.rstrip("\n")
    finally:
        print("  [read_lines finally]")


def parse(lines):
    for line in lines:
        date, level, message = line.split(maxsplit=2)
        yield {"дата": date, "уровень": level, "текст": message}


def only(level, records):
    return (r for r in records if r["уровень"] == level)


pipeline = only("ERROR", parse(read_lines(io.StringIO(LOG))))
print("конвейер создан, ничего не прочитано")
first = next(pipeline)
print("первая ошибка:", first["текст"])
for rec in pipeline:
    print("следующая:", rec["дата"], rec["текст"])

print("--- досрочный выход ---")
gen = read_lines(io.StringIO(LOG))
for line in gen:
    if "WARN" in line:
        print("нашёл:", line)
        break
gen.close()
print("после close")

print("--- genexpr: первый итерируемый вычисляется сразу ---")


def source(name):
    print(f"  source({name}) вызван")
    return range(3)


g = (x * y for x in source("внешний") for y in source("внутренний"))
print("genexpr создан")
print(list(g))
try:
    bad = (1 / x for x in 5)
except TypeError as e:
    print("TypeError сразу:", e)
lazy = (1 / x for x in [1, 0])
print("деление ещё не выполнено", next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError при next:", e)

words = io.StringIO("мама мыла раму\nраму мыла мама\n")
counts = {}
for w in (w for line in words for w in line.split()):
    counts[w] = counts.get(w, 0) + 1
print(counts)
out = io.StringIO()
for rec in parse(io.StringIO(LOG).read().splitlines()):
    print(f"{rec['уровень']:<5}|{rec['текст'][:18]:<18}|", file=out)
print(out.getvalue(), end="")
print(out.getvalue().count("\n"), len(out.getvalue().splitlines()[0]))


def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("  [numbers finally при закрытии]")


nums = numbers()
squares = (n * n for n in nums)
print([next(squares) for _ in range(4)])
squares.close()
print("genexpr закрыт, numbers ещё жив:", next(nums))
nums.close()
print("--- конец программы ---")
endless = read_lines(io.StringIO("а\nб\n"))
print(next(endless))
