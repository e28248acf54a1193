"""Сбор ошибок рабочих и аварийное завершение программы.

Главный поток собирает исключения рабочих, печатает отчёт и поднимает
ExceptionGroup, которая никем не поймана: трассировка уходит в stderr,
код возврата 1. Перед этим срабатывают finally и atexit.
"""
import atexit
import threading
import traceback


class ОшибкаПроверки(Exception):
    def __init__(self, поле, значение):
        super().__init__(f"поле {поле!r}: недопустимое значение {значение!r}")
        self.поле = поле


анкеты = [
    {"имя": "Алексей", "возраст": "34"},
    {"имя": "", "возраст": "20"},
    {"имя": "Вера", "возраст": "сорок"},
    {"имя": "Глеб", "возраст": "-5"},
    {"имя": "Дина", "возраст": "28"},
]
ошибки = {}
годные = []
замок = threading.Lock()


def проверить(номер, анкета):
    try:
        if not анкета["имя"]:
            raise ОшибкаПроверки("имя", анкета["имя"])
        try:
            возраст = int(анкета["возраст"])
        except ValueError as e:
            raise ОшибкаПроверки("возраст", анкета["возраст"]) from e
        if возраст < 0:
            raise ОшибкаПроверки("возраст", возраст)
    except ОшибкаПроверки as e:
        with замок:
            ошибки[номер] = e
    else:
        with замок:
            годные.append((анкета["имя"], возраст))


atexit.register(lambda: print("atexit: отчёт закрыт"))
потоки = [threading.Thread(target=проверить, args=(i, а)) for i, а in enumerate(анкеты)]
for п in потоки:
    п.start()
for п in потоки:
    п.join()

print("годные:", sorted(годные))
for номер in sorted(ошибки):
    e = ошибки[номер]
    причина = e.__cause__
    print(f"анкета №{номер}: {e}", f"(причина: {type(причина).__name__})" if причина else "")
    print("   ", traceback.format_exception_only(type(e), e)[-1].strip())

группа = ExceptionGroup("анкеты не прошли проверку", [ошибки[н] for н in sorted(ошибки)])
совпало, остальное = группа.split(lambda e: isinstance(e, ОшибкаПроверки) and e.поле == "возраст")
print("про возраст:", len(совпало.exceptions), "| прочие:", [str(e) for e in остальное.exceptions])
print("подгруппа сохраняет сообщение:", совпало.message == группа.message)
try:
    print("итого ошибок:", len(группа.exceptions))
    raise группа
finally:
    print("finally: выполнен до трассировки", flush=True)
print("сюда не дойдём")
