# Enum с кортежами-значениями и __init__, _generate_next_value_, Flag, Counter по членам
from enum import Enum, IntEnum, Flag, auto
from collections import Counter, defaultdict


class Планета(Enum):
    МЕРКУРИЙ = (3.303e23, 2.4397e6)
    ЗЕМЛЯ = (5.976e24, 6.37814e6)
    ЮПИТЕР = (1.9e27, 7.1492e7)

    def __init__(self, масса, радиус):
        self.масса = масса
        self.радиус = радиус

    @property
    def ускорение(self):
        return 6.673e-11 * self.масса / self.радиус ** 2


for п in Планета:
    print(f"{п.name:<10}{п.ускорение:>8.2f}", п.value[0] > 1e24)
print(Планета((5.976e24, 6.37814e6)) is Планета.ЗЕМЛЯ, Планета.ЗЕМЛЯ.масса)


class Автоимя(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower().replace("_", "-")

    ЧЕРНЫЙ_СПИСОК = auto()
    БЕЛЫЙ_СПИСОК = auto()


print(list(Автоимя), Автоимя("белый-список"), [м.value for м in Автоимя])


class Статус(IntEnum):
    НОВЫЙ = auto()
    В_РАБОТЕ = auto()
    ГОТОВ = auto()


заявки = [Статус.НОВЫЙ, Статус.ГОТОВ, Статус.НОВЫЙ, Статус.В_РАБОТЕ, Статус.НОВЫЙ, Статус.ГОТОВ]
сч = Counter(заявки)
print(сч.most_common(2), сч[Статус.НОВЫЙ], sorted(сч.items()), sum(сч.values()))
группы = defaultdict(list)
for i, s in enumerate(заявки):
    группы[s].append(i)
print(dict(группы), группы[Статус.ГОТОВ], Статус.ГОТОВ in группы, max(заявки), sorted(set(заявки), reverse=True))
таблица = [[0] * len(Статус) for _ in Статус]
for a, b in zip(заявки, заявки[1:]):
    таблица[a - 1][b - 1] += 1
print(таблица, [таблица[s - 1][s - 1] for s in Статус])


class Доступ(Flag):
    НЕТ = 0
    ЧТЕНИЕ = auto()
    ЗАПИСЬ = auto()
    УДАЛЕНИЕ = auto()
    ВСЁ = ЧТЕНИЕ | ЗАПИСЬ | УДАЛЕНИЕ


роли = {"гость": Доступ.ЧТЕНИЕ, "автор": Доступ.ЧТЕНИЕ | Доступ.ЗАПИСЬ, "админ": Доступ.ВСЁ, "бан": Доступ.НЕТ}
for роль, д in роли.items():
    print(f"{роль:<6}", д, bool(д), [f.name for f in Доступ if f in д and f not in (Доступ.НЕТ, Доступ.ВСЁ)], Доступ.ЗАПИСЬ in д)
print(Доступ.ВСЁ & ~Доступ.УДАЛЕНИЕ, Доступ(3), Доступ.ЧТЕНИЕ | Доступ.ЗАПИСЬ == роли["автор"], len(Доступ.ВСЁ), list(Доступ))
try:
    Доступ(16)
except ValueError as e:
    print("ValueError:", e)
print({д: р for р, д in роли.items()}[Доступ.ЧТЕНИЕ | Доступ.ЗАПИСЬ], Доступ.ВСЁ.value, Доступ["ЗАПИСЬ"].value)
