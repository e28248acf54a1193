# dataclass(frozen=True), hash, FrozenInstanceError, match по классам с __match_args__
from dataclasses import dataclass, field, FrozenInstanceError, replace, astuple


@dataclass(frozen=True, order=True)
class Точка:
    x: float
    y: float = 0.0

    def сдвиг(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)


@dataclass(frozen=True)
class Отрезок:
    начало: Точка
    конец: Точка
    метки: tuple = field(default=(), compare=False)


т = Точка(1, 2)
print(т, hash(т) == hash(Точка(1.0, 2.0)), т == Точка(1, 2), т < Точка(1, 3), т.сдвиг(1, -1))
try:
    т.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del т.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))
о = Отрезок(Точка(0, 0), Точка(3, 4), метки=("а",))
print(о == Отрезок(Точка(0, 0), Точка(3, 4)), len({о, Отрезок(Точка(0, 0), Точка(3, 4))}), astuple(о))
print(sorted([Точка(2, 1), Точка(1, 5), Точка(1, -1)]), {т: "точка"}[Точка(1, 2)])


class Команда:
    __match_args__ = ("имя", "аргументы")

    def __init__(self, имя, *аргументы):
        self.имя = имя
        self.аргументы = list(аргументы)


def выполнить(объект):
    match объект:
        case Точка(0, 0):
            return "начало координат"
        case Точка(x, 0) | Точка(0, x):
            return f"на оси: {x}"
        case Точка(x=x, y=y) if x == y:
            return f"на диагонали {x}"
        case Отрезок(Точка() as a, Точка(x=0) as b):
            return f"к оси Y из {a}"
        case Отрезок(начало=a, конец=b):
            return f"отрезок {a.x},{a.y} → {b.x},{b.y}"
        case Команда("идти", [направление]):
            return f"идём на {направление}"
        case Команда("идти", [*ходы]) if len(ходы) > 1:
            return "маршрут: " + " → ".join(ходы)
        case Команда(имя, []):
            return f"команда без аргументов: {имя}"
        case Команда():
            return "непонятная команда"
        case {"тип": "точка", "x": x, **остальное}:
            return f"словарь-точка {x} {остальное}"
        case [Точка() as p, *_]:
            return f"список, начинается с {p}"
        case str() as s if s.isupper():
            return "КРИК"
        case int(n) | float(n):
            return f"число {n}"
        case _:
            return f"не знаю: {объект!r}"


for о in [Точка(0, 0), Точка(5, 0), Точка(0, -2), Точка(3, 3), Точка(1, 2),
          Отрезок(Точка(1, 1), Точка(0, 5)), Отрезок(Точка(1, 1), Точка(2, 5)),
          Команда("идти", "север"), Команда("идти", "север", "юг"), Команда("стоп"), Команда("прыг", 1),
          {"тип": "точка", "x": 1, "цвет": "красный"}, [Точка(9, 9)], "ЭЙ", "эй", 7, 2.5, None]:
    print(выполнить(о))
try:
    match Команда("x"):
        case Команда(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)
print(Точка.__match_args__, Отрезок.__match_args__)
