# Журнал успеваемости: контекстные менеджеры, подавляющие исключения,
# __reversed__, __copy__/__deepcopy__, __missing__, Counter, pickle.
import copy
import pickle
from collections import Counter


class Подавить:
    def __init__(self, *типы):
        self.типы = типы
        self.пойманы = []

    def __enter__(self):
        return self

    def __exit__(self, тип, значение, трасса):
        if тип is not None and issubclass(тип, self.типы):
            self.пойманы.append(f"{тип.__name__}: {значение}")
            return True
        return False


class Оценки(dict):
    def __missing__(self, ученик):
        return []


class Журнал:
    def __init__(self, класс):
        self.класс = класс
        self.оценки = Оценки()
        self.история = []

    def поставить(self, ученик, балл):
        if not 1 <= балл <= 5:
            raise ValueError(f"балл {балл} вне диапазона")
        self.оценки[ученик] = self.оценки[ученик] + [балл]
        self.история.append((ученик, балл))

    def __len__(self):
        return len(self.история)

    def __iter__(self):
        return iter(self.история)

    def __reversed__(self):
        print("  (__reversed__)")
        return reversed(self.история)

    def __copy__(self):
        print("  (__copy__)")
        new = Журнал(self.класс)
        new.оценки = self.оценки
        new.история = list(self.история)
        return new

    def __deepcopy__(self, memo):
        print("  (__deepcopy__)", len(memo) >= 0)
        new = Журнал(self.класс + "*")
        new.оценки = copy.deepcopy(self.оценки, memo)
        new.история = copy.deepcopy(self.история, memo)
        return new


ж = Журнал("7Б")
with Подавить(ValueError, KeyError) as п:
    ж.поставить("Иванов", 5)
    ж.поставить("Петрова", 4)
    ж.поставить("Иванов", 7)
    ж.поставить("Сидоров", 3)
print(п.пойманы, len(ж), dict(ж.оценки), ж.оценки["Новиков"], "Новиков" in ж.оценки)
with Подавить(ValueError) as п2:
    ж.поставить("Сидоров", 3)
    ж.поставить("Петрова", 5)
print(п2.пойманы, list(reversed(ж))[:2], [u for u, _ in ж][-1])
try:
    with Подавить(KeyError):
        {}["нет"]
        print("не дойдём")
    with Подавить(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("прошло наружу:", e)
к1 = copy.copy(ж)
к2 = copy.deepcopy(ж)
к1.оценки["Иванов"].append(2)
print(к1.оценки is ж.оценки, к2.класс, к2.оценки == ж.оценки, к2.оценки["Иванов"], type(к2.оценки).__name__)
счёт = Counter(балл for _, балл in ж)
print(счёт, счёт.most_common(2), sorted(счёт.elements()))
счёт.update({5: 2, 1: 1})
print(счёт.most_common(), счёт[2], +счёт - Counter({5: 10}), счёт.total())
буквы = Counter("абракадабра")
print(буквы.most_common(3), list(буквы), буквы["я"])
сохранено = pickle.loads(pickle.dumps(ж.оценки))
print(type(сохранено).__name__, сохранено["никто"], dict(сохранено) == dict(ж.оценки))
