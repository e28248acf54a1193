"""Генератор заданий, который читают несколько потоков под замком.

Генератор не потокобезопасен («generator already executing»), поэтому
в учебнике его оборачивают в класс с замком и методом __next__.
"""
import itertools
import threading
from collections import Counter


class ПотокобезопасныйИтератор:
    """Обёртка: next() под замком."""

    def __init__(self, итерируемое):
        self._it = iter(итерируемое)
        self._замок = threading.Lock()
        self.выдано = 0

    def __iter__(self):
        return self

    def __next__(self):
        with self._замок:
            значение = next(self._it)
            self.выдано += 1
            return значение


def потокобезопасный(функция):
    """Декоратор для функций-генераторов."""
    def обёртка(*args, **kwargs):
        return ПотокобезопасныйИтератор(функция(*args, **kwargs))
    return обёртка


@потокобезопасный
def задания(n):
    for i in range(1, n + 1):
        yield f"задание-{i:03d}", i * i
    print("генератор исчерпан")


источник = задания(25)
сделано = Counter()
суммы = {}
замок = threading.Lock()


def рабочий(имя):
    сумма = 0
    for название, вес in источник:
        сумма += вес
        with замок:
            сделано[название] += 1
    суммы[имя] = сумма


рабочие = [threading.Thread(target=рабочий, args=(f"р{i}",)) for i in range(4)]
for р in рабочие:
    р.start()
for р in рабочие:
    р.join()
print("выдано:", источник.выдано, "| каждое по разу:", set(сделано.values()) == {1})
print("общая сумма:", sum(суммы.values()), "==", sum(i * i for i in range(1, 26)))
print("первые:", sorted(сделано)[:3], "последнее:", max(сделано))
print("исчерпанный снова пуст:", next(источник, "пусто"))

# Генератор с send() и close(), к которому обращаются по очереди
def накопитель():
    всего = 0
    try:
        while True:
            x = yield всего
            всего += x
    except GeneratorExit:
        print("накопитель закрыт, итог", всего)
        raise


нак = накопитель()
next(нак)
очередь_хода = [threading.Event() for _ in range(4)]
очередь_хода[0].set()
ответы = []


def вкладчик(номер, сумма):
    очередь_хода[номер].wait()
    ответы.append(нак.send(сумма))
    очередь_хода[номер + 1].set()


вк = [threading.Thread(target=вкладчик, args=(i, s)) for i, s in enumerate((100, 250, 50))]
for т in вк:
    т.start()
for т in вк:
    т.join()
print("промежуточные:", ответы)
нак.close()

# itertools.count — общий счётчик номеров; под замком номера уникальны
номера = itertools.count(1)
выданные = []


def взять_номера(k):
    for _ in range(k):
        with замок:
            выданные.append(next(номера))


ts = [threading.Thread(target=взять_номера, args=(50,)) for _ in range(4)]
for т in ts:
    т.start()
for т in ts:
    т.join()
print("номера уникальны:", len(set(выданные)) == 200, "max:", max(выданные))

# Повторный вход в работающий генератор из него самого
def сам_себя():
    yield next(г)


г = сам_себя()
try:
    next(г)
except ValueError as e:
    print("ValueError:", e)
