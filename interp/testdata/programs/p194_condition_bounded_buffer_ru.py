# Ограниченный буфер на условной переменной (пример из методички)
import threading
from collections import deque


class ОграниченныйБуфер:
    def __init__(self, ёмкость):
        self.ёмкость = ёмкость
        self.элементы = deque()
        self.условие = threading.Condition()
        self.журнал = []

    def положить(self, x):
        with self.условие:
            while len(self.элементы) >= self.ёмкость:
                self.журнал.append(f"{threading.current_thread().name}: буфер полон")
                self.условие.wait()
            self.элементы.append(x)
            self.условие.notify_all()

    def взять(self):
        with self.условие:
            self.условие.wait_for(lambda: len(self.элементы) > 0)
            x = self.элементы.popleft()
            self.условие.notify_all()
            return x

    def __len__(self):
        return len(self.элементы)

    def __repr__(self):
        return f"ОграниченныйБуфер({list(self.элементы)!r}, ёмкость={self.ёмкость})"


буфер = ОграниченныйБуфер(3)
полученное = []


def производитель(имя, товары):
    for т in товары:
        буфер.положить(f"{имя}:{т}")
    буфер.положить(None)


def потребитель():
    концов = 0
    while концов < 2:
        x = буфер.взять()
        if x is None:
            концов += 1
            continue
        полученное.append(x)


товары_а = ["яблоко", "груша", "слива", "вишня"]
товары_б = ["молоко", "кефир", "сыр"]
потоки = [
    threading.Thread(target=производитель, args=("Пётр", товары_а), name="Поставщик-1"),
    threading.Thread(target=производитель, args=("Анна", товары_б), name="Поставщик-2"),
    threading.Thread(target=потребитель, name="Покупатель"),
]
for п in потоки:
    п.start()
for п in потоки:
    п.join()

print(repr(буфер), len(буфер))
print("Всего получено:", len(полученное))
for запись in sorted(полученное, key=lambda s: (s.split(":")[0], s.split(":")[1])):
    кто, что = запись.split(":")
    print(f"| {кто:<6}| {что.upper():^10}| {len(что):>2} |")
print("Порядок Петра:", [s.split(":")[1] for s in полученное if s.startswith("Пётр")])
print("Порядок Анны:", [s.split(":")[1] for s in полученное if s.startswith("Анна")])
print(sorted({з.split(":")[0] for з in буфер.журнал} | {"Поставщик-1"}))
print("ёмкость".title(), "БУФЕР".lower(), "ёж".capitalize(), "Ёлка".swapcase())
print(sorted(["ёж", "еж", "яма", "Яма", "абв", "Ёж"]))
print("{:*^20}".format("конец"))
