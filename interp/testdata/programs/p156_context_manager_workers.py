"""Пул рабочих как менеджер контекста: __enter__ запускает, __exit__ ждёт.

Статус — свойство (@property), ошибки в теле with не теряются, а
исключения рабочих собираются и поднимаются как ExceptionGroup.
"""
import queue
import threading
from enum import Enum


class Статус(Enum):
    НОВЫЙ = "новый"
    РАБОТАЕТ = "работает"
    ОСТАНОВЛЕН = "остановлен"


class Бригада:
    def __init__(self, название, размер=2):
        self.название = название
        self._размер = размер
        self._задачи = queue.Queue()
        self._потоки = []
        self._ошибки = []
        self._результаты = []
        self._замок = threading.Lock()
        self._статус = Статус.НОВЫЙ

    @property
    def статус(self):
        return self._статус.value

    @property
    def результаты(self):
        with self._замок:
            return sorted(self._результаты)

    def __enter__(self):
        for i in range(self._размер):
            т = threading.Thread(target=self._цикл, name=f"{self.название}-{i}")
            т.start()
            self._потоки.append(т)
        self._статус = Статус.РАБОТАЕТ
        return self

    def поручить(self, функция, *аргументы):
        if self._статус is not Статус.РАБОТАЕТ:
            raise RuntimeError(f"бригада {self.название!r}: статус {self.статус}")
        self._задачи.put((функция, аргументы))

    def _цикл(self):
        while (задача := self._задачи.get()) is not None:
            функция, аргументы = задача
            try:
                рез = функция(*аргументы)
            except Exception as e:
                with self._замок:
                    self._ошибки.append(e)
            else:
                with self._замок:
                    self._результаты.append(рез)

    def __exit__(self, тип, значение, трасса):
        for _ in self._потоки:
            self._задачи.put(None)
        for т in self._потоки:
            т.join()
        self._статус = Статус.ОСТАНОВЛЕН
        print(f"[{self.название}] остановлена; исключение в with: {тип.__name__ if тип else None}")
        if self._ошибки and тип is None:
            raise ExceptionGroup(f"ошибки бригады {self.название}",
                                 sorted(self._ошибки, key=str))
        return isinstance(значение, KeyboardInterrupt)   # «Ctrl+C» гасим

    def __repr__(self):
        return f"Бригада({self.название!r}, статус={self.статус!r})"


with Бригада("Альфа") as б:
    print(б, [т.name for т in б._потоки])
    for n in (3, 1, 2):
        б.поручить(pow, n, 2)
print(б, б.результаты)
try:
    б.поручить(pow, 2, 2)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with Бригада("Бета", размер=3) as б:
        for текст in ("10", "двадцать", "30", "", "40"):
            б.поручить(int, текст)
except* ValueError as группа:
    print("поймано:", группа.message, len(группа.exceptions))
    for e in группа.exceptions:
        print("  -", e)
print(б.результаты, б.статус)

try:
    with Бригада("Гамма", 1) as б:
        б.поручить(sum, [1, 2, 3])
        raise LookupError("нет склада")
except LookupError as e:
    print("LookupError из тела with прошёл сквозь __exit__:", e)
print(б.результаты)

with Бригада("Дельта", 1) as б:
    б.поручить(len, "привет")
    raise KeyboardInterrupt
print("KeyboardInterrupt подавлен, результаты:", б.результаты)

try:
    with Бригада("Эпсилон", 2) as б:
        б.поручить(divmod, 7, 0)
        б.поручить(divmod, 7, 2)
except ExceptionGroup as eg:
    print(repr(eg.exceptions[0]), eg.split(ZeroDivisionError)[1], б.результаты)
