"""Утилита командной строки «параллельный счётчик слов» без input().

argparse с значениями по умолчанию (разбираем список, а не sys.argv),
отладочный вывод через f-строки со спецификатором '=' (Python 3.8+).
"""
import argparse
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

ТЕКСТ = """Мороз и солнце; день чудесный!
Ещё ты дремлешь, друг прелестный —
Пора, красавица, проснись:
Открой сомкнуты негой взоры
Навстречу северной Авроры,
Звездою севера явись!"""


def разобрать(argv):
    парсер = argparse.ArgumentParser(prog="счётчик", description="Считает слова в несколько потоков.")
    парсер.add_argument("-p", "--потоки", type=int, default=3, help="число потоков (по умолчанию %(default)s)")
    парсер.add_argument("--топ", type=int, default=5)
    парсер.add_argument("--мин-длина", dest="мин", type=int, default=3)
    парсер.add_argument("-v", "--подробно", action="store_true")
    парсер.add_argument("--режим", choices=["слова", "буквы"], default="слова")
    return парсер, парсер.parse_args(argv)


def считать(строки, режим, мин):
    сч = Counter()
    for строка in строки:
        for слово in строка.lower().replace("—", " ").split():
            слово = слово.strip(".,;:!?")
            if len(слово) < мин:
                continue
            сч.update(слово if режим == "буквы" else [слово])
    return сч


def запуск(argv):
    парсер, арг = разобрать(argv)
    if арг.подробно:
        print(f"{арг.потоки=}, {арг.топ = }, {арг.мин=!r:>4}, {арг.режим=!s}")
    строки = ТЕКСТ.splitlines()
    куски = [строки[i::арг.потоки] for i in range(арг.потоки)]
    with ThreadPoolExecutor(max_workers=арг.потоки) as пул:
        итог = sum(пул.map(считать, куски, [арг.режим] * арг.потоки, [арг.мин] * арг.потоки), Counter())
    самые = sorted(итог.items(), key=lambda kv: (-kv[1], kv[0]))[:арг.топ]
    for слово, n in самые:
        print(f"  {слово:<12}{n:>3}")
    всего = sum(итог.values())
    print(f"{всего=:,} {len(итог)=} {всего / max(len(итог), 1)=:.3f}")
    return итог


запуск([])
запуск(["-v", "--потоки", "2", "--топ=3", "--режим", "буквы", "--мин-длина", "1"])
парсер, _ = разобрать([])
print(парсер.format_usage().strip())
print(парсер.get_default("потоки"), парсер.get_default("топ"))
for плохие in (["--режим", "строки"], ["-p", "два"], ["--неизвестный"]):
    try:
        запуск(плохие)
    except SystemExit as e:
        print(f"SystemExit {e.code=}")

# '=' сохраняет пробелы и выражение целиком
x, имя, доля = 42, "Ёлка", 0.12345
print(f"{x=}", f"{x = }", f"{x=!r:>10}", f"{имя=}", f"{имя=!s}", f"{доля=:.1%}")
print(f"{x*2=}", f"{len(имя)=}", f"{имя.upper()=}", f"{[x, x]=}", f"{ x = :_>8}")
print(f"{threading.current_thread().name=}", f"{'кавычки'=}", f"{x==42=}")
print(f"{x!r}", f"{имя!a}", f"{доля:.2e}", f"{x:#x}", f"{x:08b}", f"{-x:+d}", f"{x:^9}|")
