# dataclass-иерархия с __post_init__, Enum с методами и свойствами, проверка данных
from dataclasses import dataclass, field, fields, asdict
from enum import Enum, auto, IntEnum


class Статус(Enum):
    ЧЕРНОВИК = auto()
    ОПУБЛИКОВАН = auto()
    АРХИВ = auto()

    @property
    def подпись(self):
        return self.name.capitalize()

    def следующий(self):
        члены = list(type(self))
        return члены[(члены.index(self) + 1) % len(члены)]

    @classmethod
    def из_строки(cls, s):
        try:
            return cls[s.upper()]
        except KeyError:
            raise ValueError(f"неизвестный статус: {s!r}") from None


class Приоритет(IntEnum):
    НИЗКИЙ = 1
    СРЕДНИЙ = 2
    ВЫСОКИЙ = 3


@dataclass
class Документ:
    заголовок: str
    автор: str
    статус: Статус = Статус.ЧЕРНОВИК
    теги: list = field(default_factory=list)

    def __post_init__(self):
        self.заголовок = self.заголовок.strip()
        if not self.заголовок:
            raise ValueError("пустой заголовок")
        self.теги = sorted(set(т.lower() for т in self.теги))


@dataclass
class Задача(Документ):
    приоритет: Приоритет = Приоритет.СРЕДНИЙ
    оценка_часов: float = 1.0
    выполнена: bool = field(default=False, repr=False)

    def __post_init__(self):
        super().__post_init__()
        if self.оценка_часов <= 0:
            raise ValueError(f"оценка должна быть положительной: {self.оценка_часов}")
        self.приоритет = Приоритет(self.приоритет)


д = Документ("  Отчёт  ", "Иванов", теги=["Годовой", "годовой", "Финансы"])
print(д)
з = Задача("Починить сервер", "Петрова", приоритет=3, оценка_часов=2.5, теги=["Срочно"])
print(з, з.выполнена)
print([f.name for f in fields(Задача)], asdict(з)["приоритет"], type(asdict(з)["статус"]).__name__)
for плохое in [dict(заголовок="   ", автор="x"), dict(заголовок="t", автор="x", оценка_часов=0), dict(заголовок="t", автор="x", приоритет=7)]:
    try:
        Задача(**плохое)
    except ValueError as e:
        print("ValueError:", e)
с = Статус.ЧЕРНОВИК
for _ in range(4):
    print(с.подпись, с.value, end=" → ")
    с = с.следующий()
print()
print(Статус.из_строки("архив"), repr(Статус.АРХИВ), Статус(2), Статус["АРХИВ"] is Статус.АРХИВ)
try:
    Статус.из_строки("удалён")
except ValueError as e:
    print("ValueError:", e)
задачи = [Задача(f"Задача {i}", "A", приоритет=п, оценка_часов=ч) for i, (п, ч) in enumerate([(1, 3), (3, 1), (2, 2), (3, 0.5)])]
задачи.sort(key=lambda з: (-з.приоритет, з.оценка_часов))
print([(з.заголовок, з.приоритет.name) for з in задачи])
print(Приоритет.ВЫСОКИЙ > Приоритет.НИЗКИЙ, Приоритет.ВЫСОКИЙ + 1, sum(Приоритет), max(Приоритет).name, Приоритет(2) == 2)
print(len(Статус), [s.name for s in Статус], Статус.ЧЕРНОВИК in Статус, isinstance(Статус.АРХИВ, Статус))
print(з == Задача("Починить сервер", "Петрова", приоритет=3, оценка_часов=2.5, теги=["срочно"]), з != д)
try:
    Статус.АРХИВ = 5
except AttributeError as e:
    print("AttributeError:", e)
print({с: с.подпись for с in Статус}[Статус.ОПУБЛИКОВАН], f"{Приоритет.СРЕДНИЙ}", f"{Статус.АРХИВ}", str(Приоритет.НИЗКИЙ))
