"""Логирование из потоков через QueueHandler/QueueListener.

Рабочие потоки кладут записи в очередь, единственный слушатель пишет их
в stdout — так советует Logging Cookbook. Чтобы порядок был одинаковым,
рабочие ходят по очереди (эстафета на Event).
"""
import logging
import logging.handlers
import queue
import sys
import threading

очередь_логов = queue.Queue(-1)
вывод = logging.StreamHandler(sys.stdout)
вывод.setFormatter(logging.Formatter("%(threadName)-9s %(levelname)-8s %(name)s: %(message)s"))
слушатель = logging.handlers.QueueListener(очередь_логов, вывод)

корень = logging.getLogger()
корень.setLevel(logging.DEBUG)
корень.addHandler(logging.handlers.QueueHandler(очередь_логов))
лог = logging.getLogger("склад.приёмка")

слушатель.start()
эстафета = [threading.Event() for _ in range(4)]
эстафета[0].set()


def приёмщик(номер, товары):
    эстафета[номер].wait()
    лог.info("начинаю, товаров: %d", len(товары))
    for товар, штук in товары:
        if штук <= 0:
            лог.warning("%r: странное количество %d", товар, штук)
            continue
        лог.debug("%-8s x%3d", товар, штук)
    try:
        {}["накладная"]
    except KeyError:
        лог.exception("нет накладной у %s", threading.current_thread().name)
    эстафета[номер + 1].set()


партии = [
    [("болты", 120), ("гайки", 0)],
    [("шайбы", 5)],
    [("винты", -3), ("дюбели", 40)],
]
потоки = [threading.Thread(target=приёмщик, args=(i, п), name=f"Приёмщик{i}")
          for i, п in enumerate(партии)]
for п in потоки:
    п.start()
for п in потоки:
    п.join()
слушатель.stop()
print("слушатель остановлен, очередь пуста:", очередь_логов.empty())

# respect_handler_level: уровень обработчика учитывается слушателем
только_ошибки = logging.StreamHandler(sys.stdout)
только_ошибки.setLevel(logging.ERROR)
только_ошибки.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
q2 = queue.SimpleQueue()
с2 = logging.handlers.QueueListener(q2, только_ошибки, respect_handler_level=True)
л2 = logging.getLogger("отчёт")
л2.propagate = False
л2.addHandler(logging.handlers.QueueHandler(q2))
с2.start()
for уровень, текст in [(logging.INFO, "сводка"), (logging.ERROR, "расхождение в остатках"),
                       (logging.CRITICAL, "склад закрыт")]:
    л2.log(уровень, текст)
с2.stop()

# QueueHandler.prepare: запись в очереди уже отформатирована, args убраны
q3 = queue.Queue()
обр = logging.handlers.QueueHandler(q3)
л3 = logging.getLogger("проверка")
л3.propagate = False
л3.addHandler(обр)
л3.error("ошибка %s из %d", "три", 5)
запись = q3.get_nowait()
print(repr(запись.msg), запись.args, запись.exc_info, запись.levelname, запись.name)
print(type(запись).__name__, isinstance(запись, logging.LogRecord))
