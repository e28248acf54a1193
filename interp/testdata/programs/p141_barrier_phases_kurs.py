"""Лабораторная работа №4: фазы вычислений с threading.Barrier.

Каждый поток-«вычислитель» считает свою часть массива, затем все ждут
у барьера; действие барьера (action=) сводит частичные суммы. На третьей
фазе наблюдатель ломает барьер через abort(), и потоки ловят
BrokenBarrierError.
"""
import threading
from collections import defaultdict

ЧИСЛО_ПОТОКОВ = 3
данные = list(range(1, 13))          # 1..12
частичные = defaultdict(int)         # номер потока -> сумма
итоги_фаз = []                       # заполняет действие барьера
журнал = []
замок = threading.Lock()


def свести():
    """Действие барьера: выполняется ровно одним потоком на фазу."""
    итог = sum(частичные.values())
    итоги_фаз.append(итог)
    частичные.clear()


барьер = threading.Barrier(ЧИСЛО_ПОТОКОВ, action=свести)


def вычислитель(номер, фаз):
    кусок = данные[номер::ЧИСЛО_ПОТОКОВ]
    for фаза in range(1, фаз + 1):
        with замок:
            частичные[номер] += sum(x ** фаза for x in кусок)
        try:
            индекс = барьер.wait()
        except threading.BrokenBarrierError:
            with замок:
                журнал.append((фаза, номер, "барьер сломан"))
            return
        with замок:
            журнал.append((фаза, номер, "прошёл", 0 <= индекс < ЧИСЛО_ПОТОКОВ))


потоки = [threading.Thread(target=вычислитель, args=(i, 2), name=f"Вычислитель-{i}")
          for i in range(ЧИСЛО_ПОТОКОВ)]
for п in потоки:
    п.start()
for п in потоки:
    п.join()

print("Суммы по фазам:", итоги_фаз)
print("Проверка:", итоги_фаз == [sum(данные), sum(x * x for x in данные)])
for запись in sorted(журнал):
    print(*запись)
print(f"{барьер.broken=} {барьер.n_waiting=} {барьер.parties=}")

# Фаза с аварией: двое ждут, третий так и не приходит — наблюдатель зовёт abort().
журнал.clear()
аварийный = threading.Barrier(3)
оба_ждут = threading.Semaphore(0)


def ждущий(имя):
    оба_ждут.release()
    try:
        аварийный.wait()
    except threading.BrokenBarrierError as e:
        with замок:
            журнал.append(f"{имя}: {type(e).__name__} {e.args}")


ждущие = [threading.Thread(target=ждущий, args=(и,)) for и in ("Анна", "Борис")]
for п in ждущие:
    п.start()
оба_ждут.acquire()
оба_ждут.acquire()
while аварийный.n_waiting < 2:
    pass
аварийный.abort()
for п in ждущие:
    п.join()
print(*sorted(журнал), sep="\n")
print("сломан:", аварийный.broken)
try:
    аварийный.wait()
except threading.BrokenBarrierError:
    print("новый wait() на сломанном барьере тоже падает")
аварийный.reset()
print("после reset():", аварийный.broken, аварийный.n_waiting)

# Таймаут у одного потока ломает барьер для всех.
одиночка = threading.Barrier(2, timeout=0.05)
try:
    одиночка.wait()
except threading.BrokenBarrierError:
    print("таймаут: барьер сломан =", одиночка.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("Barrier(0):", e)
