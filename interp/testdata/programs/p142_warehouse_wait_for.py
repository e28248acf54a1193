"""Склад с Condition.wait_for: кладовщик и экспедиторы.

Разбор из курса «Параллельное программирование на Python», тема 6.
wait_for(predicate, timeout) возвращает значение предиката — по нему
экспедитор понимает, дождался он товара или ушёл по таймауту.
"""
import threading
import time
from collections import Counter, namedtuple

Заказ = namedtuple("Заказ", "клиент товар количество")


class Склад:
    def __init__(self):
        self._усл = threading.Condition()
        self._остатки = Counter()
        self.выдано = []
        self.отказы = []

    def принять(self, товар, количество):
        with self._усл:
            self._остатки[товар] += количество
            self._усл.notify_all()

    def выдать(self, заказ, таймаут):
        with self._усл:
            есть = self._усл.wait_for(
                lambda: self._остатки[заказ.товар] >= заказ.количество, timeout=таймаут)
            if not есть:
                self.отказы.append(заказ.клиент)
                return False
            self._остатки[заказ.товар] -= заказ.количество
            self.выдано.append(заказ)
            return True

    @property
    def остатки(self):
        with self._усл:
            return dict(sorted((+self._остатки).items()))


склад = Склад()
заказы = [
    Заказ("Ольга", "гвозди", 30),
    Заказ("Пётр", "доски", 5),
    Заказ("Мария", "гвозди", 50),
    Заказ("Иван", "краска", 2),      # краски не будет: ждёт и уходит
]
результаты = {}


def экспедитор(заказ):
    результаты[заказ.клиент] = склад.выдать(заказ, таймаут=0.3 if заказ.товар == "краска" else 5)


потоки = [threading.Thread(target=экспедитор, args=(з,), name=з.клиент) for з in заказы]
for п in потоки:
    п.start()
for товар, кол in [("гвозди", 40), ("доски", 10), ("гвозди", 40)]:
    time.sleep(0.02)
    склад.принять(товар, кол)
for п in потоки:
    п.join()

for клиент in sorted(результаты):
    print(f"{клиент:<6} -> {'получил' if результаты[клиент] else 'ушёл ни с чем'}")
print("Отказы:", склад.отказы)
print("Остатки:", склад.остатки)
print("Выдано гвоздей:", sum(з.количество for з in склад.выдано if з.товар == "гвозди"))

# Предикат, уже истинный, не ждёт вовсе; ложный с timeout=0 сразу возвращает False.
усл = threading.Condition(threading.Lock())
with усл:
    print("сразу истина:", усл.wait_for(lambda: 42))
    print("timeout=0:", усл.wait_for(lambda: [], timeout=0))
    начало = time.monotonic()
    ok = усл.wait(timeout=0.05)
    print("wait без notify:", ok, time.monotonic() - начало >= 0.04)

try:
    усл.notify()
except RuntimeError as e:
    print("notify без замка:", e)
try:
    усл.wait(0.01)
except RuntimeError as e:
    print("wait без замка:", e)
