# enum: Flag-комбинации, auto, _missing_, значения-кортежи, методы членов
from enum import Enum, Flag, IntFlag, auto, unique


class Права(Flag):
    ЧТЕНИЕ = auto()
    ЗАПИСЬ = auto()
    ВЫПОЛНЕНИЕ = auto()
    ВСЕ = ЧТЕНИЕ | ЗАПИСЬ | ВЫПОЛНЕНИЕ


rw = Права.ЧТЕНИЕ | Права.ЗАПИСЬ
print(rw, repr(rw), rw.value, Права.ЧТЕНИЕ in rw, Права.ВЫПОЛНЕНИЕ in rw, bool(Права(0)), Права(0))
print(list(rw), len(rw), ~rw, Права.ВСЕ & ~Права.ЗАПИСЬ, rw ^ Права.ВСЕ, Права(5), Права.ВСЕ.name, rw.name)
print([p.name for p in Права], Права["ЗАПИСЬ"], Права.ЗАПИСЬ.value, rw == Права(3), rw is Права(3))
try:
    Права(8)
except ValueError as e:
    print("ValueError:", e)


class Режим(IntFlag):
    R = 4
    W = 2
    X = 1


m = Режим.R | Режим.X
print(m, repr(m), m + 1, m == 5, Режим(7), Режим(0), oct(Режим.R | Режим.W), Режим(8) if False else "-", int(Режим(13)), Режим(13))


class Планета(Enum):
    МЕРКУРИЙ = (3.303e23, 2.4397e6)
    ЗЕМЛЯ = (5.976e24, 6.37814e6)
    ЮПИТЕР = (1.9e27, 7.1492e7)

    def __init__(self, масса, радиус):
        self.масса = масса
        self.радиус = радиус

    @property
    def гравитация(self):
        return 6.673e-11 * self.масса / (self.радиус * self.радиус)

    def вес(self, масса_тела):
        return масса_тела * self.гравитация


for п in Планета:
    print(f"{п.name:<9} {п.гравитация:6.2f} {п.вес(70):8.1f}", п.value[0] > 1e24)
print(Планета((5.976e24, 6.37814e6)), Планета.ЗЕМЛЯ.масса, repr(Планета.ЮПИТЕР))


class Статус(str, Enum):
    АКТИВЕН = "active"
    ЗАБЛОКИРОВАН = "blocked"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for член in cls:
                if член.value == value.lower():
                    return член
        return None

    def описание(self):
        return {"active": "работает", "blocked": "нет доступа"}[self.value]


print(Статус("ACTIVE"), Статус("Blocked").описание(), Статус.АКТИВЕН == "active", f"{Статус.АКТИВЕН}", Статус.АКТИВЕН.upper())
try:
    Статус("deleted")
except ValueError as e:
    print("ValueError:", e)
try:
    Статус(5)
except ValueError as e:
    print("ValueError:", e)


class Цвет(Enum):
    КРАСНЫЙ = auto()
    ЗЕЛЁНЫЙ = auto()
    АЛЫЙ = 1

    def __str__(self):
        return self.name.lower()

    def __format__(self, spec):
        return format(str(self), spec)


print(Цвет.АЛЫЙ is Цвет.КРАСНЫЙ, list(Цвет), Цвет.__members__.keys(), f"[{Цвет.ЗЕЛЁНЫЙ:^10}]", str(Цвет.КРАСНЫЙ))
try:
    @unique
    class Дубли(Enum):
        А = 1
        Б = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Цвет.КРАСНЫЙ = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Цвет.КРАСНЫЙ < Цвет.ЗЕЛЁНЫЙ if hasattr(Цвет, "__lt__") and False else "без порядка", hash(Цвет.КРАСНЫЙ) == hash(Цвет.АЛЫЙ))
try:
    Цвет.КРАСНЫЙ < Цвет.ЗЕЛЁНЫЙ
except TypeError as e:
    print("TypeError:", e)
