"""Аварийная остановка пула: shutdown(wait=False, cancel_futures=True).

Один рабочий поток (thread_name_prefix задаёт имена), очередь из десяти
задач; после первой задачи пул закрывают — остальные отменяются.
"""
import concurrent.futures as cf
import threading

начата = threading.Event()
отпустить = threading.Event()
имена = []


def задача(n):
    имена.append(threading.current_thread().name)
    if n == 0:
        начата.set()
        отпустить.wait()
    return n * n


пул = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="Обработчик")
будущие = [пул.submit(задача, n) for n in range(10)]
начата.wait()
пул.shutdown(wait=False, cancel_futures=True)
print("первая выполняется:", будущие[0].running())
отпустить.set()
print("результат первой:", будущие[0].result())
отменены = [f.cancelled() for f in будущие]
print("отменено:", sum(отменены), "из", len(будущие), "| первая отменена:", отменены[0])
try:
    будущие[5].result()
except cf.CancelledError as e:
    print("result() отменённой:", type(e).__name__, repr(e))
print("имена потоков:", sorted(set(имена)))

try:
    пул.submit(задача, 99)
except RuntimeError as e:
    print("submit после shutdown:", e)
пул.shutdown()  # повторно можно

# Имена рабочих: префикс + _номер; без префикса — ThreadPoolExecutor-N_M
with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="Скачивание") as пул2:
    барьер = threading.Barrier(3)

    def кто():
        барьер.wait()
        return threading.current_thread().name

    print(sorted(f.result() for f in [пул2.submit(кто) for _ in range(3)]))
with cf.ThreadPoolExecutor(max_workers=1) as пул3:
    имя = пул3.submit(lambda: threading.current_thread().name).result()
голова, _, хвост = имя.rpartition("_")
print("без префикса:", голова.startswith("ThreadPoolExecutor-"), хвост)

# cancel() возвращает False для выполняющейся и True для ждущей задачи
стоп, начато = threading.Event(), threading.Event()


def занять():
    начато.set()
    return стоп.wait()


with cf.ThreadPoolExecutor(max_workers=1) as пул4:
    занята = пул4.submit(занять)
    ждёт = пул4.submit(print, "этого не будет")
    начато.wait()
    print("cancel выполняющейся:", занята.cancel(), "| cancel ждущей:", ждёт.cancel())
    print("состояния:", занята.running(), ждёт.cancelled(), ждёт.done())
    стоп.set()
print("занята вернула:", занята.result())

# initializer, который падает, ломает пул: BrokenThreadPool
def плохой_инициализатор():
    raise ValueError("нет соединения с БД")


import logging
logging.disable(logging.CRITICAL)   # пул пишет ошибку инициализатора в лог
пул5 = cf.ThreadPoolExecutor(max_workers=1, initializer=плохой_инициализатор)
f = пул5.submit(print, "не выполнится")
try:
    f.result(timeout=5)
except Exception as e:
    print(type(e).__name__, "|", e, "|", type(e).__mro__[1].__name__)
try:
    пул5.submit(print, "и это")
except Exception as e:
    print("дальше:", type(e).__name__)
пул5.shutdown()
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("max_workers=0:", e)
