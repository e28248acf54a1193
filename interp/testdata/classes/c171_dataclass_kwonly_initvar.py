# dataclasses: KW_ONLY, InitVar, __post_init__, field(default_factory), frozen, replace, asdict/astuple
from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
from typing import ClassVar


@dataclass(order=True)
class Студент:
    сортировка: tuple = field(init=False, repr=False, compare=True)
    фамилия: str
    имя: str
    _: KW_ONLY
    курс: int = 1
    оценки: list = field(default_factory=list, compare=False)
    счётчик: ClassVar[int] = 0

    def __post_init__(self):
        self.сортировка = (self.курс, self.фамилия)
        Студент.счётчик += 1

    @property
    def средний(self):
        return round(sum(self.оценки) / len(self.оценки), 2) if self.оценки else None


а = Студент("Иванов", "Иван", курс=2, оценки=[5, 4, 5])
б = Студент("Петров", "Пётр")
в = Студент("Алексеев", "Алексей", курс=2)
print(а, б, sep="\n")
print(sorted([а, б, в]) == [б, в, а], а > б, а.средний, б.средний, Студент.счётчик)
print([f.name for f in fields(Студент)], asdict(б))
try:
    Студент("X", "Y", 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Пароль:
    логин: str
    пароль: InitVar[str]
    хеш: int = field(init=False)
    соль: InitVar[str] = "соль"

    def __post_init__(self, пароль, соль):
        self.хеш = len(пароль + соль) * 31


п = Пароль("admin", "qwerty")
print(п, п.хеш, hasattr(п, "пароль"), [f.name for f in fields(п)], Пароль("a", "b", "cd").хеш)


@dataclass(frozen=True)
class Точка:
    x: float
    y: float = 0.0

    def сдвиг(self, dx=0, dy=0):
        return replace(self, x=self.x + dx, y=self.y + dy)


т = Точка(1.5)
print(т, т.сдвиг(1, 2), hash(т) == hash(Точка(1.5, 0.0)), {т: "начало"}[Точка(1.5)], astuple(т.сдвиг(dy=3)))
try:
    т.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del т.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    replace(т, z=1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Группа:
    название: str
    студенты: list = field(default_factory=list)
    староста: Студент = None


г = Группа("ИВТ-21", [а, б], б)
d = asdict(г)
print(d["название"], len(d["студенты"]), d["староста"]["фамилия"], type(d["студенты"][0]).__name__)
print(astuple(Группа("пусто")), is_dataclass(г), is_dataclass(Группа), is_dataclass(5))
try:
    @dataclass
    class Плохой:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Порядок:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
print(Группа("A") == Группа("A"), Группа("A") == ("A", [], None), repr(Группа("Б")))
