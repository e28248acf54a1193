"""Бухгалтерия: потоки с кириллическими именами считают расходы отделов."""
import threading
from collections import defaultdict, OrderedDict
from decimal import Decimal

РАСХОДЫ = [
    ("Бухгалтерия", "бумага", "120.50"),
    ("Склад", "погрузчик", "15000.00"),
    ("Бухгалтерия", "калькулятор", "899.99"),
    ("Отдел кадров", "кофе", "450.00"),
    ("Склад", "ящики", "1200.10"),
    ("Отдел кадров", "печенье", "230.40"),
    ("Склад", "скотч", "75.25"),
]


class Отдел:
    def __init__(self, название):
        self.название = название
        self.итого = Decimal("0")
        self.статьи = []
        self.замок = threading.Lock()

    def добавить(self, статья, сумма):
        with self.замок:
            self.статьи.append(статья)
            self.итого += Decimal(сумма)

    def __repr__(self):
        return f"Отдел({self.название!r}, итого={self.итого})"


def работник(отделы, записи, журнал, замок):
    имя = threading.current_thread().name
    for отдел, статья, сумма in записи:
        отделы[отдел].добавить(статья, сумма)
        with замок:
            журнал.append(f"{имя}: {статья} → {отдел}")


def main():
    отделы = OrderedDict((н, Отдел(н)) for н in sorted({r[0] for r in РАСХОДЫ}))
    журнал, замок = [], threading.Lock()
    части = [РАСХОДЫ[i::3] for i in range(3)]
    потоки = [
        threading.Thread(target=работник, args=(отделы, часть, журнал, замок), name=f"Счетовод-{i + 1}")
        for i, часть in enumerate(части)
    ]
    for п in потоки:
        п.start()
    for п in потоки:
        п.join()
    print("Потоки:", ", ".join(п.name for п in потоки))
    for запись in sorted(журнал):
        print(" ", запись)
    print()
    print(f"{'Отдел':<14}{'Статей':>7}{'Итого':>12}")
    for название, отдел in отделы.items():
        print(f"{название:<14}{len(отдел.статьи):>7}{отдел.итого:>12,.2f}")
    всего = sum((о.итого for о in отделы.values()), Decimal(0))
    print(f"{'ВСЕГО':<14}{'':>7}{всего:>12,.2f}")
    print(repr(отделы["Склад"]))
    print(max(отделы.values(), key=lambda о: о.итого).название.upper())
    по_буквам = defaultdict(list)
    for _, статья, _ in РАСХОДЫ:
        по_буквам[статья[0]].append(статья)
    print(dict(sorted(по_буквам.items())))
    print("длина:", len("Бухгалтерия"), "байт:", len("Бухгалтерия".encode()))
    print("Склад".center(11, "*"), "ящики".title(), "КОФЕ".lower(), "печенье".capitalize())
    print(sorted(["ёж", "яблоко", "арбуз", "Яков", "Ёлка"]))
    print("%-10s|%5d|%s" % ("Мария", 42, "ok"), "{:^9}".format("Пётр"))


if __name__ == "__main__":
    main()
