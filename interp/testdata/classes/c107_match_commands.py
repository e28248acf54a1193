from dataclasses import dataclass
from enum import Enum, auto
from collections import namedtuple


class Действие(Enum):
    ВЗЯТЬ = auto()
    ПОЛОЖИТЬ = auto()
    ИДТИ = auto()


Точка = namedtuple("Точка", "x y")


@dataclass
class Команда:
    действие: Действие
    предмет: str = ""
    куда: Точка = None


class Инвентарь:
    def __init__(self):
        self.вещи = []
        self.позиция = Точка(0, 0)

    def выполнить(self, команда):
        match команда:
            case Команда(Действие.ВЗЯТЬ, предмет) if предмет in self.вещи:
                return f"уже есть: {предмет}"
            case Команда(Действие.ВЗЯТЬ, предмет=п) if п:
                self.вещи.append(п)
                return f"взял {п}"
            case Команда(Действие.ПОЛОЖИТЬ, предмет):
                try:
                    self.вещи.remove(предмет)
                except ValueError:
                    return f"нет предмета {предмет!r}"
                return f"положил {предмет}"
            case Команда(действие=Действие.ИДТИ, куда=Точка(x=0, y=0)):
                self.позиция = Точка(0, 0)
                return "домой"
            case Команда(Действие.ИДТИ, куда=Точка(x, y) as т) if abs(x) + abs(y) > 10:
                return f"слишком далеко: {т}"
            case Команда(Действие.ИДТИ, куда=Точка(x, y)):
                self.позиция = Точка(self.позиция.x + x, self.позиция.y + y)
                return f"иду в {self.позиция}"
            case Команда(действие=д):
                return f"не понял {д.name.lower()}"


def разобрать(строка):
    match строка.split():
        case ["взять" | "возьми", предмет]:
            return Команда(Действие.ВЗЯТЬ, предмет)
        case ["положить", *слова] if слова:
            return Команда(Действие.ПОЛОЖИТЬ, " ".join(слова))
        case ["идти", x, y] if x.lstrip("-").isdigit() and y.lstrip("-").isdigit():
            return Команда(Действие.ИДТИ, куда=Точка(int(x), int(y)))
        case ["домой"]:
            return Команда(Действие.ИДТИ, куда=Точка(0, 0))
        case ["взять"]:
            return Команда(Действие.ВЗЯТЬ)
        case []:
            return None
        case [команда, *_]:
            raise ValueError(f"неизвестная команда: {команда}")


инв = Инвентарь()
for строка in ["взять меч", "возьми щит", "взять меч", "положить щит", "положить лук", "идти 2 3",
               "идти 20 1", "домой", "взять", "", "летать высоко"]:
    try:
        к = разобрать(строка)
    except ValueError as e:
        print(f"{строка!r:<18} -> ошибка: {e}")
        continue
    if к is None:
        print(f"{строка!r:<18} -> пусто")
        continue
    print(f"{строка!r:<18} -> {инв.выполнить(к)}")
print(инв.вещи, инв.позиция)


def классифицировать(значение):
    match значение:
        case bool():
            return "логическое"
        case int() | float() if значение < 0:
            return "отрицательное"
        case 0 | 0.0:
            return "ноль"
        case int(n) if n % 2 == 0:
            return "чётное"
        case (int() | float()) as n:
            return f"число {n}"
        case (a, b):
            return f"пара {a}/{b}"
        case {"имя": str(имя), **rest} if not rest:
            return f"только имя {имя}"
        case {"имя": имя}:
            return f"запись {имя}"
        case str() if len(значение) == 1:
            return "символ"
        case Действие.ВЗЯТЬ | Действие.ПОЛОЖИТЬ as д:
            return f"действие {д.name}"
        case _:
            return "другое"


for v in [True, -3, 0, 0.0, 4, 7, 2.5, (1, 2), [3, 4], {"имя": "Ия"}, {"имя": "Ян", "год": 1}, "я",
          "яя", Действие.ПОЛОЖИТЬ, Действие.ИДТИ, None]:
    print(repr(v), "->", классифицировать(v))
