"""Цепочки будущих: следующая стадия запускается из add_done_callback.

Разбор из блога: «промисы» на concurrent.futures — Future() вручную,
set_result/set_exception, обратные вызовы на уже готовом будущем.
"""
import concurrent.futures as cf
import threading

пул = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="Цепь")
журнал = []
замок = threading.Lock()


def запиши(*части):
    with замок:
        журнал.append(" ".join(map(str, части)))


def затем(будущее, функция):
    """Возвращает новое Future, которое получит функция(результат)."""
    итог = cf.Future()

    def по_готовности(f):
        if f.cancelled():
            итог.cancel()
            return
        if f.exception() is not None:
            итог.set_exception(f.exception())
            return
        следующее = пул.submit(функция, f.result())
        следующее.add_done_callback(lambda g: перенести(g, итог))

    будущее.add_done_callback(по_готовности)
    return итог


def перенести(откуда, куда):
    if откуда.exception() is not None:
        куда.set_exception(откуда.exception())
    else:
        куда.set_result(откуда.result())


def загрузить(имя):
    запиши("загрузка", имя)
    return {"пользователи": ["Оля", "Коля", "Толя"], "пусто": []}[имя]


def посчитать(список):
    return len(список)


def обратное(n):
    return 1 / n


for источник in ("пользователи", "пусто", "нет-такого"):
    f = затем(затем(пул.submit(загрузить, источник), посчитать), обратное)
    try:
        print(f"{источник:>13}: {f.result(timeout=5):.4f}")
    except Exception as e:
        print(f"{источник:>13}: {type(e).__name__}: {e}")
пул.shutdown()
print(*sorted(журнал), sep="; ")

# Ручное Future: состояния, повторная установка, колбэк на готовом
f = cf.Future()
print(f.done(), f.running(), f.cancelled(), f.set_running_or_notify_cancel(), f.running())
порядок = []
f.add_done_callback(lambda x: порядок.append(("до", x.result())))
f.set_result("готово")
f.add_done_callback(lambda x: порядок.append(("после", x.result())))
print(порядок)
for действие in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        действие()
    except cf.InvalidStateError as e:
        print("InvalidStateError:", type(e).__mro__[1].__name__, str(e).startswith("FINISHED"))
print("cancel готового:", f.cancel())

g = cf.Future()
print("cancel ждущего:", g.cancel(), g.cancel(), g.cancelled())
print("set_running после cancel:", g.set_running_or_notify_cancel())
try:
    g.exception()
except cf.CancelledError:
    print("exception() отменённого -> CancelledError")

# Колбэк, который сам бросает исключение, не ломает остальные колбэки
import logging
logging.basicConfig(format="%(levelname)s:%(name)s:%(message).40s")
h = cf.Future()
h.add_done_callback(lambda x: 1 / 0)
h.add_done_callback(lambda x: print("второй колбэк всё равно вызван:", x.result()))
h.set_result(7)
