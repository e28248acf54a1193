"""Конвейер на queue.SimpleQueue: три стадии, стоп-значение передаётся дальше.

SimpleQueue — без task_done/join и без ограничения размера; стадия,
получив СТОП, передаёт его следующей и выходит.
"""
import queue
import threading

СТОП = object()


def стадия(вход, выход, функция, имя, журнал):
    обработано = 0
    while True:
        элемент = вход.get()
        if элемент is СТОП:
            журнал.append(f"{имя}: стоп после {обработано}")
            if выход is not None:
                выход.put(СТОП)
            return
        результат = функция(элемент)
        обработано += 1
        if выход is not None and результат is not None:
            выход.put(результат)


def очистить(строка):
    строка = строка.strip()
    return строка or None


def нормализовать(строка):
    return строка.replace("Е\u0308", "Ё").casefold()


итог = []


def собрать(слово):
    итог.append(слово)


q1, q2, q3 = queue.SimpleQueue(), queue.SimpleQueue(), queue.SimpleQueue()
журнал = []
стадии = [
    threading.Thread(target=стадия, args=(q1, q2, очистить, "очистка", журнал)),
    threading.Thread(target=стадия, args=(q2, q3, нормализовать, "нормализация", журнал)),
    threading.Thread(target=стадия, args=(q3, None, собрать, "сборка", журнал)),
]
for с in стадии:
    с.start()
for строка in ["  Москва ", "", "САНКТ-ПЕТЕРБУРГ", "Е\u0308ЛКИ", "  ", "Straße"]:
    q1.put(строка)
q1.put(СТОП)
for с in стадии:
    с.join()

print("журнал:", журнал)
print("итог:", итог)
print("длины:", [len(с) for с in итог])
print("пустые:", q1.empty(), q2.empty(), q3.empty(), q1.qsize())

sq = queue.SimpleQueue()
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue.get_nowait(): queue.Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue.get(timeout=0.01): queue.Empty")
sq.put_nowait(1)
sq.put(2, block=False)
sq.put(3, timeout=5)
print([sq.get() for _ in range(sq.qsize())])
print("нет task_done:", hasattr(sq, "task_done"), "нет maxsize:", hasattr(sq, "maxsize"))
print(queue.SimpleQueue.__name__, isinstance(sq, queue.Queue))

# Много производителей в одну SimpleQueue, один потребитель считает.
общая = queue.SimpleQueue()


def производитель(буква, n):
    for i in range(n):
        общая.put(f"{буква}{i}")
    общая.put((буква, СТОП))


prod = [threading.Thread(target=производитель, args=(б, 4)) for б in "абв"]
for p in prod:
    p.start()
осталось, полученные = len(prod), []
while осталось:
    x = общая.get()
    if isinstance(x, tuple):
        осталось -= 1
    else:
        полученные.append(x)
for p in prod:
    p.join()
print(len(полученные), sorted(полученные)[:5])
print("порядок внутри производителя сохранён:",
      all([x for x in полученные if x[0] == б] == [f"{б}{i}" for i in range(4)] for б in "абв"))
