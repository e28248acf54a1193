"""Журнал аварий потоков: своя threading.excepthook.

Преподаватель просит: «не теряйте исключения в потоках — замените
threading.excepthook и соберите отчёт». Проверяем, что попадает в хук:
тип, сообщение, имя потока, трассировка; SystemExit в хук не попадает.
"""
import threading
import sys
import traceback

аварии = []
замок = threading.Lock()


def мой_хук(args):
    строки = traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
    with замок:
        аварии.append({
            "поток": args.thread.name if args.thread else None,
            "тип": args.exc_type.__name__,
            "сообщение": str(args.exc_value),
            "последняя": строки[-1].rstrip(),
            "где": (traceback.extract_tb(args.exc_traceback)[-1].name,
                    traceback.extract_tb(args.exc_traceback)[-1].line),
        })


class ОшибкаДанных(Exception):
    """Своё исключение курса."""

    def __init__(self, строка, причина):
        super().__init__(f"строка {строка}: {причина}")
        self.строка = строка


def разобрать(номер, текст):
    if not текст:
        raise ОшибкаДанных(номер, "пусто")
    return int(текст)


def загрузчик(строки):
    итог = 0
    for номер, текст in enumerate(строки, 1):
        итог += разобрать(номер, текст)
    print(f"[{threading.current_thread().name}] сумма = {итог}")


def выход():
    sys.exit("тихий выход")


старый = threading.excepthook
threading.excepthook = мой_хук
задания = {
    "чистый": ["1", "2", "3"],
    "с-пустой": ["4", "", "6"],
    "с-буквами": ["7", "восемь"],
}
потоки = [threading.Thread(target=загрузчик, args=(с,), name=и) for и, с in задания.items()]
потоки.append(threading.Thread(target=выход, name="выход"))
потоки.append(threading.Thread(target=lambda: {}["ключ"], name="лямбда"))
for п in потоки:
    п.start()
    п.join()

for а in sorted(аварии, key=lambda а: а["поток"]):
    print(f"{а['поток']!r:>12} | {а['тип']:<14} | {а['сообщение']}")
    print(f"{'':>12} | {а['последняя']} | {а['где'][0]}: {а['где'][1]}")
print("SystemExit попал в хук:", any(а["тип"] == "SystemExit" for а in аварии))

threading.excepthook = старый
print("хук восстановлен:", threading.excepthook is threading.__excepthook__)

# ExceptHookArgs — это структура с четырьмя полями
поля = []
threading.excepthook = lambda a: поля.append((a.exc_type, a.exc_value.args, a.thread is т))
т = threading.Thread(target=lambda: 1 / 0)
т.start()
т.join()
threading.excepthook = старый
print(поля[0][0].__name__, поля[0][1], поля[0][2])
print(ОшибкаДанных.__doc__, ОшибкаДанных.__mro__[1].__name__)
