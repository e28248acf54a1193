"""Читальный зал: BoundedSemaphore на места, Semaphore как сигнал.

Пример из методички: лишний release() у BoundedSemaphore — это ошибка
программы, и Python сообщает о ней ValueError, а обычный Semaphore
молча увеличивает счётчик.
"""
import threading
import time

МЕСТ = 2
места = threading.BoundedSemaphore(МЕСТ)
замок = threading.Lock()
сейчас_в_зале = 0
максимум = 0
посещения = []


def читатель(имя, минут):
    global сейчас_в_зале, максимум
    with места:
        with замок:
            сейчас_в_зале += 1
            максимум = max(максимум, сейчас_в_зале)
        time.sleep(минут / 100)
        with замок:
            сейчас_в_зале -= 1
            посещения.append(имя)


читатели = [("Аня", 3), ("Боря", 1), ("Вера", 2), ("Гоша", 1), ("Даша", 2)]
потоки = [threading.Thread(target=читатель, args=ч) for ч in читатели]
for п in потоки:
    п.start()
for п in потоки:
    п.join()
print(f"Все {len(посещения)} читателей побывали в зале: {sorted(посещения) == sorted(и for и, _ in читатели)}")
print(f"Одновременно было не больше {МЕСТ}: {максимум <= МЕСТ}")

# Лишний release
try:
    места.release()
except ValueError as e:
    print("BoundedSemaphore:", e)

простой = threading.Semaphore(1)
простой.release()
простой.release(2)
взято = 0
while простой.acquire(blocking=False):
    взято += 1
print("обычный Semaphore отдал", взято, "раз(а)")

# acquire с таймаутом возвращает False, не бросая исключений
пустой = threading.Semaphore(0)
начало = time.perf_counter()
print("acquire(timeout=0.05):", пустой.acquire(timeout=0.05))
print("ждали не меньше 0.04 с:", time.perf_counter() - начало >= 0.04)

for плохое in (-1,):
    try:
        threading.Semaphore(плохое)
    except ValueError as e:
        print(f"Semaphore({плохое}):", e)
try:
    пустой.acquire(False, 1)
except ValueError as e:
    print("acquire(False, 1):", e)
try:
    простой.release(0)
except ValueError as e:
    print("release(0):", e)

# Семафор как сигнал «готово»: главный поток ждёт трёх работников.
готово = threading.Semaphore(0)
порядок = []


def работник(н):
    time.sleep(0.01 * (3 - н))
    with замок:
        порядок.append(н)
    готово.release()


for н in range(3):
    threading.Thread(target=работник, args=(н,), daemon=True).start()
for _ in range(3):
    готово.acquire()
print("сигналы получены от", sorted(порядок))
print(type(места).__name__, type(простой).__name__, isinstance(места, threading.Semaphore))
