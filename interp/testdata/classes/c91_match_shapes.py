from dataclasses import dataclass
from typing import NamedTuple


@dataclass
class Точка:
    x: float
    y: float


@dataclass(frozen=True)
class Круг:
    центр: Точка
    радиус: float


class Отрезок(NamedTuple):
    начало: Точка
    конец: Точка


class Прямоугольник:
    __match_args__ = ("левый", "правый")

    def __init__(self, левый, правый):
        self.левый = левый
        self.правый = правый

    def __repr__(self):
        return f"Прямоугольник({self.левый!r}, {self.правый!r})"


def describe(shape):
    match shape:
        case Точка(0, 0):
            return "начало координат"
        case Точка(x=0, y=y):
            return f"на оси Y: y={y}"
        case Точка(x, 0):
            return f"на оси X: x={x}"
        case Круг(Точка(x, y), радиус=r) if r > 10:
            return f"большой круг в ({x}, {y}) r={r}"
        case Круг(центр, r):
            return f"круг {центр} r={r}"
        case Отрезок(Точка(x1, y1), Точка(x2, y2)) if x1 == x2:
            return f"вертикальный отрезок x={x1} от {y1} до {y2}"
        case Отрезок(a, b):
            return f"отрезок {a} -> {b}"
        case Прямоугольник(Точка() as л, Точка() as п):
            ширина = п.x - л.x
            высота = п.y - л.y
            return f"прямоугольник {ширина}x{высота}"
        case [Точка() as p, *rest]:
            return f"список из {1 + len(rest)} точек, первая {p}"
        case {"тип": "точка", "x": x, **остальное}:
            return f"словарь-точка x={x} ещё {sorted(остальное)}"
        case str() as s if s.isupper():
            return f"КРИК: {s}"
        case str(s):
            return f"строка {s!r} длиной {len(s)}"
        case int(n) | float(n):
            return f"число {n}"
        case _:
            return f"неизвестно: {type(shape).__name__}"


shapes = [
    Точка(0, 0),
    Точка(0, 5),
    Точка(3, 0),
    Точка(1, 2),
    Круг(Точка(1, 1), 20),
    Круг(Точка(2, 2), 3),
    Отрезок(Точка(1, 0), Точка(1, 9)),
    Отрезок(Точка(0, 0), Точка(4, 4)),
    Прямоугольник(Точка(0, 0), Точка(4, 3)),
    [Точка(1, 1), Точка(2, 2), Точка(3, 3)],
    {"тип": "точка", "x": 7, "цвет": "красный", "вес": 2},
    "ПРИВЕТ",
    "привет",
    42,
    2.5,
    None,
]
for s in shapes:
    print(describe(s))

print(Точка.__match_args__, Круг.__match_args__, Отрезок.__match_args__)


class Bad:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1


try:
    match Bad():
        case Bad(x, y):
            print("нет")
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(a, b):
            print("нет")
except TypeError as e:
    print("TypeError:", e)

match Точка(1, 2):
    case Точка(x=1, y=2) as p:
        print("совпало", p)
