from dataclasses import dataclass, field, fields, asdict, replace, InitVar, FrozenInstanceError
from typing import ClassVar


@dataclass
class Заказ:
    """Заказ в интернет-магазине."""

    номер: int
    клиент: str
    позиции: list = field(default_factory=list)
    скидка: float = 0.0
    _кэш: dict = field(default_factory=dict, repr=False, compare=False)
    итого: float = field(init=False, default=0.0)
    счётчик: ClassVar[int] = 0

    def __post_init__(self):
        if self.номер <= 0:
            raise ValueError(f"номер заказа должен быть положительным: {self.номер}")
        if not 0 <= self.скидка < 1:
            raise ValueError(f"скидка вне диапазона: {self.скидка}")
        self.клиент = self.клиент.strip().title()
        self.итого = round(sum(ц * к for _, ц, к in self.позиции) * (1 - self.скидка), 2)
        Заказ.счётчик += 1


@dataclass(slots=True, kw_only=True)
class Адрес:
    город: str
    улица: str
    дом: int = 1


@dataclass(frozen=True, order=True)
class Версия:
    старшая: int
    младшая: int = 0
    метка: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.старшая}.{self.младшая}{'-' + self.метка if self.метка else ''}"


@dataclass
class Пароль:
    логин: str
    пароль: InitVar[str]
    хеш: int = field(init=False, repr=False)

    def __post_init__(self, пароль):
        self.хеш = sum(map(ord, пароль)) % 1000


з = Заказ(1, "  иван петров ", [("чай", 120.0, 2), ("сахар", 80.5, 1)], скидка=0.1)
з._кэш["x"] = 1
print(з)
print(з == Заказ(1, "Иван Петров", [("чай", 120.0, 2), ("сахар", 80.5, 1)], 0.1), Заказ.счётчик)
print([f.name for f in fields(з)], [f.name for f in fields(Заказ) if not f.repr])
print(asdict(з))
з2 = replace(з, номер=2, скидка=0.0)
print(з2.номер, з2.итого, з2.клиент, Заказ.счётчик, Заказ.__doc__)
for плохой in [dict(номер=0, клиент="x"), dict(номер=5, клиент="y", скидка=1.5)]:
    try:
        Заказ(**плохой)
    except ValueError as e:
        print("ValueError:", e)
try:
    replace(з, итого=5)
except ValueError as e:
    print("ValueError:", e)

а = Адрес(город="Казань", улица="Баумана")
print(а, hasattr(а, "__dict__"), Адрес.__slots__)
for попытка in [lambda: Адрес("Казань", "Баумана"), lambda: setattr(а, "индекс", 420111)]:
    try:
        попытка()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

в = sorted([Версия(1, 2, "бета"), Версия(1, 0), Версия(0, 9, "альфа"), Версия(1, 2)])
print([str(x) for x in в], Версия(1, 2, "а") == Версия(1, 2, "б"), hash(Версия(1)) == hash(Версия(1, 0, "x")))
try:
    в[0].младшая = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
п = Пароль("админ", "секрет")
print(п, п.хеш, [f.name for f in fields(п)], "пароль" in п.__dict__)
