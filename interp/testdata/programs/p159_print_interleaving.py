"""print() из нескольких потоков: sep=, end=, flush= и печать под замком.

Без замка строки разных потоков могут перемешаться; под замком и по
эстафете Condition — порядок строго определён.
"""
import io
import sys
import threading

печать = threading.Lock()


def безопасно(*args, **kwargs):
    with печать:
        print(*args, **kwargs)


# Пинг-понг: два потока по очереди печатают, не переводя строку
усл = threading.Condition()
ход = {"кто": "пинг"}


def игрок(я, соперник, раз):
    for i in range(раз):
        with усл:
            усл.wait_for(lambda: ход["кто"] == я)
            print(f"{я}{i}", end=" -> " if я == "пинг" else " | ", flush=True)
            ход["кто"] = соперник
            усл.notify()


а = threading.Thread(target=игрок, args=("пинг", "понг", 3))
б = threading.Thread(target=игрок, args=("понг", "пинг", 3))
а.start(); б.start()
а.join(); б.join()
print()

# Прогресс-бар: потоки рисуют свои шаги, главный поток — финальную черту
шаги = threading.Semaphore(0)
сделано = []


def задача(номер):
    безопасно(".", end="", flush=True)
    with печать:
        сделано.append(номер)
    шаги.release()


ts = [threading.Thread(target=задача, args=(n,)) for n in range(10)]
for t in ts:
    t.start()
for _ in ts:
    шаги.acquire()
for t in ts:
    t.join()
безопасно(f" готово ({len(сделано)}/10)")

# sep и end с кириллицей, вывод в буфер, print в stderr не мешает stdout
буфер = io.StringIO()
print("а", "б", "в", sep="·", end="¶\n", file=буфер)
print(*"где", sep="", file=буфер)
print(file=буфер)
print("ёж", 1, None, 2.50, sep=" | ", end="", file=буфер)
print(repr(буфер.getvalue()))
print("в stderr", file=sys.stderr)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=b"\n")
except TypeError as e:
    print("TypeError:", e)
print("sep=None и end=None — значения по умолчанию:", "a", "b", sep=None, end=None)

# Каждый поток пишет свою строку целиком в свой StringIO; собираем в порядке номеров
выводы = {}


def отчёт(номер):
    f = io.StringIO()
    for k in range(3):
        print(f"{номер}:{k}", end=";" if k < 2 else "\n", file=f)
    выводы[номер] = f.getvalue()


ts = [threading.Thread(target=отчёт, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
sys.stdout.write("".join(выводы[n] for n in sorted(выводы)))
n = sys.stdout.write("конец\n")
print("write вернул", n)
