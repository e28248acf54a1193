"""Загрузчик с дедлайном: as_completed(timeout=) и result(timeout=).

Имитация скачивания страниц: задержки через time.sleep, часть задач
падает с исключением; медленные не укладываются в общий дедлайн.
"""
import concurrent.futures as cf
import threading
import time

СТРАНИЦЫ = {
    "главная": 0.01,
    "новости": 0.02,
    "архив": 1.5,          # слишком медленно
    "контакты": 0.015,
    "404": 0.005,          # падает
}


class ОшибкаЗагрузки(Exception):
    pass


def скачать(адрес, задержка):
    time.sleep(задержка)
    if адрес == "404":
        raise ОшибкаЗагрузки(f"страница {адрес!r} не найдена")
    return len(адрес) * 100


готовые, ошибки = {}, {}
with cf.ThreadPoolExecutor(max_workers=5) as пул:
    будущие = {пул.submit(скачать, а, з): а for а, з in СТРАНИЦЫ.items()}
    try:
        for f in cf.as_completed(будущие, timeout=0.8):
            адрес = будущие[f]
            if f.exception() is not None:
                ошибки[адрес] = f.exception()
            else:
                готовые[адрес] = f.result()
    except cf.TimeoutError as e:
        print("as_completed:", type(e).__name__, "-", e)
        print("это встроенный TimeoutError:", cf.TimeoutError is TimeoutError)
    незавершённые = sorted(а for f, а in будущие.items() if not f.done())
    print("не успели:", незавершённые)

for адрес in sorted(готовые):
    print(f"{адрес:>10}: {готовые[адрес]:>5} байт")
for адрес, e in ошибки.items():
    print(f"{адрес:>10}: {type(e).__name__}: {e}")
print("после выхода из with все готовы:", all(f.done() for f in будущие))

# result(timeout=) и exception(timeout=)
начал, отпусти = threading.Event(), threading.Event()


def медленно():
    начал.set()
    отпусти.wait()
    return "готово"


with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="Медленный") as пул:
    f = пул.submit(медленно)
    начал.wait()
    for метод in (f.result, f.exception):
        try:
            метод(timeout=0.01)
        except TimeoutError as e:
            print(метод.__name__, "-> TimeoutError", repr(str(e)))
    print("running:", f.running(), "done:", f.done(), "cancel():", f.cancel())
    отпусти.set()
print("done после ожидания:", f.done(), f.result())

# wait(timeout=) возвращает два множества, не бросая исключений
with cf.ThreadPoolExecutor(max_workers=3) as пул:
    fs = [пул.submit(time.sleep, d) for d in (0.0, 0.01, 1.2)]
    сделано, не_сделано = cf.wait(fs, timeout=0.6)
    print("wait:", len(сделано), "готово,", len(не_сделано), "нет")
    print(type(сделано).__name__, cf.wait(fs[:2]).not_done == set())

# as_completed с уже готовыми будущими и повторами
with cf.ThreadPoolExecutor(2) as пул:
    f1 = пул.submit(pow, 2, 10)
    f1.result()
    список = list(cf.as_completed([f1, f1, f1]))
    print("повторы схлопнуты:", len(список), список[0].result())
try:
    list(cf.as_completed([cf.Future()], timeout=0))
except TimeoutError as e:
    print("пустое будущее:", e)
