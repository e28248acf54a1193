"""Учебный скрипт «Потоки в Python»: сотрудники склада обрабатывают заказы,
результаты собираются в словарь и печатаются таблицей с .center/.ljust/.rjust,
f-строками с выравниванием, сортировкой по кириллице и подсчётом len().
"""
import threading
import queue
from collections import Counter, defaultdict

ЗАКАЗЫ = [
    ("Москва", "молоко", 3), ("Казань", "хлеб", 5), ("Самара", "сыр", 1),
    ("москва", "хлеб", 2), ("Екатеринбург", "молоко", 4), ("Казань", "сыр", 2),
    ("Ёлкино", "чай", 7), ("Самара", "молоко", 1), ("Абакан", "чай", 3),
]

очередь = queue.Queue()
итоги = defaultdict(Counter)
журнал = []
замок = threading.Lock()


def кладовщик():
    имя = threading.current_thread().name
    while True:
        заказ = очередь.get()
        if заказ is None:
            очередь.task_done()
            break
        город, товар, штук = заказ
        with замок:
            итоги[город.title()][товар] += штук
            журнал.append((имя, город.upper(), товар))
        очередь.task_done()


потоки = [threading.Thread(target=кладовщик, name=f"Кладовщик-{i}") for i in range(1, 4)]
for п in потоки:
    п.start()
for заказ in ЗАКАЗЫ:
    очередь.put(заказ)
for _ in потоки:
    очередь.put(None)
очередь.join()
for п in потоки:
    п.join()

print(" ОТЧЁТ ПО СКЛАДУ ".center(44, "="))
print(f"{'Город':<14}|{'Товар':^10}|{'Штук':>6}|{'Доля':>9}")
print("-" * 44)
всего = sum(sum(c.values()) for c in итоги.values())
for город in sorted(итоги):
    for товар, штук in sorted(итоги[город].items()):
        print(f"{город:<14}|{товар:^10}|{штук:>6}|{штук / всего:>9.1%}")
print("-" * 44)
print("Итого:".ljust(25, ".") + str(всего).rjust(19, "."))

print()
print("Городов:", len(итоги), "— по алфавиту:", ", ".join(sorted(итоги)))
print("Ё (U+0401) идёт раньше А:", sorted(["Ёлкино", "Яхрома", "Абакан"]))
print("По убыванию длины:", sorted(итоги, key=lambda s: (-len(s), s)))
print("Потоки:", sorted({имя for имя, *_ in журнал} | {п.name for п in потоки}))
print("Записей в журнале:", len(журнал))
print("Заглавные:", sorted({г for _, г, _ in журнал}))
товары = Counter()
for c in итоги.values():
    товары.update(c)
for товар, штук in товары.most_common():
    print(f"  {товар.capitalize():·<10}{штук:·>4} шт.")
print("swapcase:", "Привет, Мир".swapcase(), "| casefold:", "ПРИВЕТ".casefold() == "привет")
print("isupper/islower:", "ЁЖ".isupper(), "ёж".islower(), "| isalpha:", "Щука".isalpha())
print("%-8s|%8s|" % ("лево", "право"), "{:*^12}".format("центр"))
