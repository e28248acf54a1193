# @dataclass(kw_only=True), "_: KW_ONLY", field(kw_only=...), InitVar
# pseudo-fields passed to __post_init__, and @dataclass(slots=True).
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace, asdict


@dataclass(kw_only=True)
class Сервер:
    хост: str
    порт: int = 8080


print(Сервер(хост="localhost"), [f.kw_only for f in fields(Сервер)])
for args, kwargs in [(("localhost",), {}), ((), {})]:
    try:
        Сервер(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Заказ:
    номер: int
    _: KW_ONLY
    срочный: bool = False
    товары: list = field(default_factory=list)
    клиент: str
    скидка: float = field(default=0.0, kw_only=False)


z = Заказ(7, 0.1, клиент="Анна")
print(z, [(f.name, f.kw_only) for f in fields(z)])
try:
    Заказ(7, 0.1, True, клиент="Анна")
except TypeError as e:
    print("TypeError:", e)
try:
    Заказ(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Счёт:
    владелец: str
    баланс: float = 0.0
    ставка: InitVar[float] = 0.0
    журнал: list = field(default_factory=list, init=False)

    def __post_init__(self, ставка):
        if self.баланс < 0:
            raise ValueError(f"отрицательный баланс: {self.баланс}")
        if ставка:
            self.баланс = round(self.баланс * (1 + ставка), 2)
            self.журнал.append(f"начислено {ставка:.0%}")


s = Счёт("Мария", 1000, 0.05)
print(s, asdict(s), [f.name for f in fields(s)])
print(replace(s, баланс=50, ставка=0.1), Счёт("Олег"))
try:
    Счёт("Олег", -1)
except ValueError as e:
    print("ValueError:", e)


@dataclass(slots=True)
class Точка:
    x: float
    y: float = 0.0


p = Точка(3)
print(p, Точка.__slots__, hasattr(p, "__dict__"), Точка(1, 2) == Точка(1, 2))
try:
    p.z = 1
except AttributeError:
    print("AttributeError")
try:
    @dataclass(slots=True)
    class Двойной:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print("TypeError:", e)
