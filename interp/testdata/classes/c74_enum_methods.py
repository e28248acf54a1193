# Enum с методами и свойствами, Flag-комбинации, auto, итерация и поиск по значению
from enum import Enum, IntEnum, Flag, auto


class Planet(Enum):
    МЕРКУРИЙ = (3.303e+23, 2.4397e6)
    ЗЕМЛЯ = (5.976e+24, 6.37814e6)
    ЮПИТЕР = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)

    def describe(self):
        return f"{self.name.title()}: g = {self.gravity:.2f} м/с²"


for p in Planet:
    print(p.describe())
print(Planet.ЗЕМЛЯ, repr(Planet.ЗЕМЛЯ), Planet.ЗЕМЛЯ.value, Planet["ЮПИТЕР"].radius)


class Weekday(Enum):
    ПН = 1
    ВТ = 2
    СР = 3
    ЧТ = 4
    ПТ = 5
    СБ = 6
    ВС = 7

    @classmethod
    def from_text(cls, text):
        for day in cls:
            if day.name == text.strip().upper()[:2]:
                return day
        raise ValueError(f"нет такого дня: {text!r}")

    def is_weekend(self):
        return self in (Weekday.СБ, Weekday.ВС)

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print([d.name for d in Weekday if d.is_weekend()], Weekday(3), Weekday.ВС.next(), Weekday.from_text(" пт"))
try:
    Weekday.from_text("праздник")
except ValueError as e:
    print("ValueError:", e)
try:
    Weekday(8)
except ValueError as e:
    print("ValueError:", e)
print(Weekday.ПН == 1, Weekday.ПН is Weekday(1), len(Weekday), Weekday.СР in Weekday)
schedule = {Weekday.ПН: "спорт", Weekday.СР: "бассейн"}
print(schedule.get(Weekday.СР), sorted(schedule, key=lambda d: -d.value))


class Perm(Flag):
    ЧТЕНИЕ = auto()
    ЗАПИСЬ = auto()
    ЗАПУСК = auto()
    ВСЁ = ЧТЕНИЕ | ЗАПИСЬ | ЗАПУСК


rw = Perm.ЧТЕНИЕ | Perm.ЗАПИСЬ
print(rw, repr(rw), rw.value, Perm.ЗАПИСЬ in rw, Perm.ЗАПУСК in rw, bool(rw & Perm.ЗАПУСК))
print(Perm.ВСЁ, Perm.ВСЁ & ~Perm.ЗАПИСЬ, Perm(0), bool(Perm(0)), [m.name for m in Perm])
print(rw ^ Perm.ВСЁ, Perm(5), Perm.ЧТЕНИЕ.value, Perm.ВСЁ.value)


class Priority(IntEnum):
    НИЗКИЙ = auto()
    СРЕДНИЙ = auto()
    ВЫСОКИЙ = auto()

    def __str__(self):
        return self.name.lower()


tasks = [("отчёт", Priority.ВЫСОКИЙ), ("почта", Priority.НИЗКИЙ), ("звонок", Priority.СРЕДНИЙ)]
for title, pr in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{title:<8}{pr!s:>10}{pr.value:>3}{pr:>10}")
print(Priority.ВЫСОКИЙ > Priority.НИЗКИЙ, Priority.СРЕДНИЙ + 1, Priority(2).name, max(Priority))
print(list(Priority.__members__), Weekday.__members__["ВТ"])
