# __format__ со своим мини-языком, Enum с _missing_ и __str__, __bool__/__len__
from enum import Enum
from datetime import date


class Длительность:
    def __init__(self, секунды):
        self.с = int(секунды)

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec == "чм":
            return f"{self.с // 3600} ч {self.с % 3600 // 60} мин"
        if spec.startswith("%"):
            части = {"%Ч": self.с // 3600, "%М": self.с % 3600 // 60, "%С": self.с % 60}
            out = spec
            for k, v in части.items():
                out = out.replace(k, f"{v:02d}")
            return out
        if spec[-1] == "с":
            return format(self.с, spec[:-1] + "d") + " с"
        raise ValueError(f"неверный формат {spec!r} для Длительность")

    def __str__(self):
        ч, ост = divmod(self.с, 3600)
        м, с = divmod(ост, 60)
        return f"{ч}:{м:02d}:{с:02d}"

    def __bool__(self):
        return self.с > 0


class Размер(Enum):
    МАЛЫЙ = "S"
    СРЕДНИЙ = "M"
    БОЛЬШОЙ = "L"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for член in cls:
                if член.value == value.upper() or член.name == value.upper():
                    return член
        return None

    def __str__(self):
        return self.name.lower()

    def __format__(self, spec):
        if spec == "код":
            return self.value
        return format(str(self), spec)


д = Длительность(3725)
print(f"{д}|{д:чм}|{д:%Ч-%М-%С}|{д:>8с}|{д:,с}", format(д, "%М мин"), str(д), bool(Длительность(0)))
for spec in ("x", "%"):
    try:
        print(f"{д:{spec}}")
    except ValueError as e:
        print("ValueError:", e)
ширина = 12
print(f"[{д!s:^{ширина}}]", "{0:чм} / {0}".format(д), "{:%С}".format(Длительность(59)))
print(Размер("m"), Размер("большой"), Размер("S"), repr(Размер("l")), f"{Размер.СРЕДНИЙ:код}", f"{Размер.СРЕДНИЙ:>8}|")
for bad in ("XL", 5):
    try:
        Размер(bad)
    except ValueError as e:
        print("ValueError:", e)
print([str(р) for р in Размер], sorted(Размер, key=lambda р: р.value), Размер["МАЛЫЙ"] is Размер("s"))
print(format(date(2024, 3, 8), "%d.%m.%Y"), f"{date(2024, 12, 31):%j}", format(1234.5, "_>12,.1f"), format(-0.0, "+.1f"))


class Таблица:
    def __init__(self, строки):
        self.строки = строки

    def __len__(self):
        return len(self.строки)

    def __format__(self, spec):
        ширина = int(spec or 10)
        линия = "+" + "-" * (ширина + 2) + "+"
        тело = [f"| {str(s)[:ширина]:<{ширина}} |" for s in self.строки]
        return "\n".join([линия, *тело, линия])


т = Таблица(["Москва", "Санкт-Петербург", 42, Размер.МАЛЫЙ])
print(f"{т:8}")
print(format(т), bool(т), bool(Таблица([])), "пусто" if not Таблица([]) else "есть")
