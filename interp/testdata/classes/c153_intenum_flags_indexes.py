# IntEnum/IntFlag как индексы списков и ключи словарей вперемешку с int
from enum import IntEnum, IntFlag, Enum, auto, unique


class День(IntEnum):
    ПН = 0
    ВТ = 1
    СР = 2
    ЧТ = 3
    ПТ = 4
    СБ = 5
    ВС = 6

    @property
    def выходной(self):
        return self >= День.СБ

    def __str__(self):
        return self.name.capitalize()


class Право(IntFlag):
    ЧТЕНИЕ = 4
    ЗАПИСЬ = 2
    ИСПОЛНЕНИЕ = 1
    ВСЁ = 7


часы = [8, 8, 8, 8, 6, 0, 0]
print(часы[День.ПТ], часы[День.ВС], часы[День.СР:День.ПТ], sum(часы[:День.СБ]))
часы[День.СБ] += 3
print(часы, [д for д in День if часы[д] == 8])
расписание = {День.ПН: "математика", День.СР: "физика", 4: "история"}
print(расписание[День.ПН], расписание[4], расписание[День.СР])
print(sorted(расписание.items()), [str(k) for k in расписание])
print(День(3), repr(День(3)), День["СБ"].выходной, День.ВТ.выходной, День.ВС + 1, День.ПН - 1)
print(int(День.ЧТ), f"{День.ЧТ}", f"{День.ЧТ:>4}", f"{День.ЧТ:d}", format(День.ЧТ, "03"), "%d|%s" % (День.ВТ, День.ВТ))
print(max(День), min(День, key=lambda д: -д), sorted([3, День.ПН, 1, День.ВС]), День.ПТ in [4], 4 in list(День))
print(hash(День.СР) == hash(2), День.СР == 2, isinstance(День.СР, int), {День.СР, 2} == {2})
print(list(range(День.ВТ, День.ПТ)), divmod(День.ВС, День.СР), День.ЧТ * "аб", bin(День.ВС), -День.ВТ)

п = Право.ЧТЕНИЕ | Право.ЗАПИСЬ
print(п, repr(п), int(п), Право.ЗАПИСЬ in п, Право.ИСПОЛНЕНИЕ in п, bool(п & Право.ИСПОЛНЕНИЕ))
print(Право(5), Право(0), Право.ВСЁ, list(Право.ВСЁ), п ^ Право.ВСЁ, ~п)
print(п == 6, п + 1, ["---", "--x", "-w-", "-wx", "r--", "r-x", "rw-", "rwx"][п], {6: "rw"}[int(п)])
режимы = {Право.ЧТЕНИЕ: "r", Право.ЗАПИСЬ: "w", Право.ИСПОЛНЕНИЕ: "x"}
for mask in (0, 1, 5, 7):
    print(mask, "".join(режимы[f] if f in Право(mask) else "-" for f in (Право.ЧТЕНИЕ, Право.ЗАПИСЬ, Право.ИСПОЛНЕНИЕ)))


class Оценка(IntEnum):
    ПЛОХО = 2
    УДОВЛ = 3
    ХОРОШО = 4
    ОТЛИЧНО = 5

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None


журнал = {"Иванов": [5, 4, 4], "Петрова": [5, 5, 3], "Сидоров": [2, 3, 3]}
счёт = [0] * 6
for фамилия, оценки in журнал.items():
    for о in оценки:
        счёт[Оценка(о)] += 1
    средняя = sum(оценки) / len(оценки)
    print(f"{фамилия:<8} {средняя:.2f} {Оценка(round(средняя)).name}")
print(счёт, Оценка("4"), Оценка("5") > Оценка.ХОРОШО)
try:
    Оценка(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Оценка("x")
except ValueError as e:
    print("ValueError:", e)


@unique
class Цвет(Enum):
    КРАСНЫЙ = auto()
    ЗЕЛЁНЫЙ = auto()

    def __str__(self):
        return f"цвет {self.name.lower()}"


print(Цвет.КРАСНЫЙ, [c.value for c in Цвет], Цвет(2), f"{Цвет.ЗЕЛЁНЫЙ}", format(Цвет.КРАСНЫЙ, ""))
try:
    [1, 2][Цвет.КРАСНЫЙ]
except TypeError as e:
    print("TypeError:", e)
try:
    class Дубль(Enum):
        А = 1
        Б = 1
    unique(Дубль)
except ValueError as e:
    print("ValueError:", e)
