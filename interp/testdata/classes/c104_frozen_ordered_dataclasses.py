from dataclasses import dataclass, field, fields, replace, asdict, astuple, FrozenInstanceError
import dataclasses


@dataclass(order=True, frozen=True)
class Дата:
    год: int
    месяц: int
    день: int

    def __str__(self):
        return f"{self.день:02d}.{self.месяц:02d}.{self.год}"


@dataclass(order=True, frozen=True)
class Событие:
    когда: Дата
    название: str = field(compare=False)
    теги: tuple = field(default=(), compare=False, hash=False)


д1 = Дата(2024, 3, 8)
д2 = Дата(2024, 1, 1)
д3 = Дата(2024, 3, 8)
print(д1 == д3, д1 is д3, hash(д1) == hash(д3), д2 < д1, sorted([д1, д2, д3]))
print(len({д1, д2, д3}), {д1: "праздник"}[д3])
try:
    д1.год = 2025
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del д1.день
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))

события = [
    Событие(Дата(2024, 5, 9), "День Победы", ("праздник",)),
    Событие(Дата(2024, 1, 1), "Новый год", ("праздник", "зима")),
    Событие(Дата(2024, 9, 1), "День знаний"),
]
for с in sorted(события):
    print(f"{str(с.когда):<12}{с.название:<14}{', '.join(с.теги) or '-'}")
print(Событие(Дата(2024, 1, 1), "А") == Событие(Дата(2024, 1, 1), "Б"))
print(len({Событие(Дата(1, 1, 1), "x"), Событие(Дата(1, 1, 1), "y", ("t",))}))

сдвиг = replace(д1, день=9)
print(сдвиг, д1, replace(события[2], теги=("школа",)).теги)
try:
    replace(д1, неделя=1)
except TypeError as e:
    print("TypeError:", e)
print(asdict(события[0]))
print(astuple(события[1]))
print([(f.name, f.compare, f.hash) for f in fields(Событие)])
try:
    д1 < (2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Точка:
    x: int
    y: int = 0


p = Точка(1, 2)
print(hash(p) == hash((1, 2)), {p, Точка(1, 2)})
p.x = 5
print(p, p in {Точка(5, 2)})


@dataclass(eq=False)
class Узел:
    имя: str


print(Узел("а") == Узел("а"), len({Узел("а"), Узел("а")}))


@dataclass
class Изменяемый:
    значения: list = field(default_factory=list)


print(Изменяемый.__hash__, Изменяемый() == Изменяемый([]))
try:
    {Изменяемый()}
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Плохой:
        список: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Плохой2:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
