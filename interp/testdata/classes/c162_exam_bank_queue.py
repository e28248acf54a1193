# Экзамен: Очередь с приоритетом на __lt__, Счёт с __iadd__/__isub__, исключения с полями
import heapq
from dataclasses import dataclass, field
from itertools import count


class НедостаточноСредств(Exception):
    def __init__(self, счёт, сумма):
        super().__init__(f"на счёте {счёт.номер} недостаточно средств: нужно {сумма}, есть {счёт.баланс}")
        self.счёт = счёт
        self.сумма = сумма


class Счёт:
    _номера = count(1001)

    def __init__(self, владелец, баланс=0):
        self.номер = next(self._номера)
        self.владелец = владелец
        self.баланс = баланс
        self.операции = []

    def __iadd__(self, сумма):
        if сумма <= 0:
            raise ValueError("сумма пополнения должна быть положительной")
        self.баланс += сумма
        self.операции.append(("+", сумма))
        return self

    def __isub__(self, сумма):
        if сумма > self.баланс:
            raise НедостаточноСредств(self, сумма)
        self.баланс -= сумма
        self.операции.append(("-", сумма))
        return self

    def __lt__(self, other):
        return self.баланс < other.баланс

    def __repr__(self):
        return f"Счёт(№{self.номер}, {self.владелец!r}, {self.баланс})"


с1, с2 = Счёт("Аня", 100), Счёт("Борис")
с1 += 50
с2 += 30
с1 -= 20
print(с1, с2, с1.операции, с1 > с2, max(с1, с2).владелец, sorted([с1, с2]))
try:
    с2 -= 100
except НедостаточноСредств as e:
    print(type(e).__name__, e, e.сумма, e.счёт is с2, e.args)
try:
    с2 += -5
except ValueError as e:
    print("ValueError:", e)
счета = {с.номер: с for с in (с1, с2)}
счета[1001] += 1
print(счета[1001], с1 is счета[1001])


@dataclass(order=True)
class Задача:
    приоритет: int
    порядок: int
    название: str = field(compare=False)


class Очередь:
    def __init__(self):
        self._куча = []
        self._счётчик = count()

    def добавить(self, название, приоритет=0):
        heapq.heappush(self._куча, Задача(-приоритет, next(self._счётчик), название))

    def взять(self):
        if not self:
            raise IndexError("очередь пуста")
        return heapq.heappop(self._куча).название

    def __bool__(self):
        return bool(self._куча)

    def __len__(self):
        return len(self._куча)

    def __iter__(self):
        while self:
            yield self.взять()


о = Очередь()
for имя, п in [("почта", 1), ("отчёт", 5), ("звонок", 5), ("обед", 0), ("совещание", 3)]:
    о.добавить(имя, п)
print(len(о), о.взять(), len(о))
print(list(о), bool(о), len(о))
try:
    о.взять()
except IndexError as e:
    print("IndexError:", e)
print(heapq.nsmallest(2, [с1, с2]), heapq.nlargest(1, [3, 1, 4], key=lambda x: -x), sorted([Задача(1, 2, "б"), Задача(1, 1, "а")]))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h, list(heapq.merge([1, 4], [2, 3])))
