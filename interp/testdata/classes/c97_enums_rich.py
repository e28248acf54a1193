from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto


class Цвет(Enum):
    КРАСНЫЙ = auto()
    ЗЕЛЁНЫЙ = auto()
    СИНИЙ = auto()

    @property
    def русское(self):
        return self.name.lower()

    def смешать(self, other):
        return f"{self.русское}+{other.русское}"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None


print(list(Цвет), Цвет.КРАСНЫЙ.value, Цвет.СИНИЙ.value)
print(Цвет("зелёный"), Цвет(1), Цвет.СИНИЙ.смешать(Цвет.КРАСНЫЙ))
try:
    Цвет("фиолетовый")
except ValueError as e:
    print("ValueError:", e)
try:
    Цвет(9)
except ValueError as e:
    print("ValueError:", e)


class Статус(str, Enum):
    НОВЫЙ = "новый"
    ГОТОВ = "готов"

    def __str__(self):
        return self.value


print(Статус.НОВЫЙ == "новый", Статус("готов"), repr(Статус.ГОТОВ))
print(Статус.НОВЫЙ.upper(), len(Статус.ГОТОВ), f"[{Статус.НОВЫЙ}]", isinstance(Статус.НОВЫЙ, str))
print(sorted(Статус, key=lambda s: s.value))


class Язык(StrEnum):
    РУССКИЙ = auto()
    АНГЛИЙСКИЙ = "en"


print(Язык.РУССКИЙ, repr(Язык.РУССКИЙ), Язык.АНГЛИЙСКИЙ + "!", Язык("en").name)


class Права(IntFlag):
    ЧТЕНИЕ = 4
    ЗАПИСЬ = 2
    ВЫПОЛНЕНИЕ = 1


rw = Права.ЧТЕНИЕ | Права.ЗАПИСЬ
print(rw, repr(rw), int(rw), Права.ЗАПИСЬ in rw, Права.ВЫПОЛНЕНИЕ in rw)
print(rw & Права.ЗАПИСЬ, rw ^ Права.ЧТЕНИЕ, Права(7), Права(0))
print(rw | 1, type(rw | 1).__name__, rw + 1, list(Права(5)))


class Стиль(Flag):
    ЖИРНЫЙ = auto()
    КУРСИВ = auto()
    ПОДЧЁРКНУТЫЙ = auto()


s = Стиль.ЖИРНЫЙ | Стиль.ПОДЧЁРКНУТЫЙ
print(s, bool(s), bool(Стиль(0)), Стиль.КУРСИВ in s, s.value)
print([m.name for m in Стиль], ~Стиль.ЖИРНЫЙ)


class Приоритет(IntEnum):
    НИЗКИЙ = 1
    СРЕДНИЙ = 2
    ВЫСОКИЙ = 3

    def выше(self, other):
        return self > other


задачи = [("отчёт", Приоритет.СРЕДНИЙ), ("звонок", Приоритет.ВЫСОКИЙ), ("обед", Приоритет.НИЗКИЙ)]
for имя, п in sorted(задачи, key=lambda t: t[1], reverse=True):
    print(f"{имя:<8}{п.name:>8}{п:>3}")
print(Приоритет.ВЫСОКИЙ.выше(Приоритет.НИЗКИЙ), Приоритет.СРЕДНИЙ * 10, max(Приоритет))


class Планета(Enum):
    МЕРКУРИЙ = (3.303e23, 2.4397e6)
    ЗЕМЛЯ = (5.976e24, 6.37814e6)

    def __init__(self, масса, радиус):
        self.масса = масса
        self.радиус = радиус

    @property
    def g(self):
        return 6.673e-11 * self.масса / (self.радиус * self.радиус)


for p in Планета:
    print(f"{p.name:<9} g={p.g:6.2f}")
print(Планета.ЗЕМЛЯ.value)
try:
    Цвет.КРАСНЫЙ = 5
except AttributeError as e:
    print("AttributeError:", e)
