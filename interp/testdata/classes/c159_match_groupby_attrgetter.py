# match с отображениями и классами, __iter__ как генератор, groupby по объектам, attrgetter
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter, itemgetter, methodcaller


@dataclass
class Студент:
    фамилия: str
    имя: str
    группа: str
    баллы: int

    @property
    def оценка(self):
        return 5 if self.баллы >= 85 else 4 if self.баллы >= 70 else 3 if self.баллы >= 50 else 2

    def инициалы(self):
        return f"{self.фамилия} {self.имя[0]}."


class Поток:
    def __init__(self, студенты):
        self._с = list(студенты)

    def __iter__(self):
        yield from sorted(self._с, key=attrgetter("группа", "фамилия"))

    def отличники(self):
        for с in self:
            if с.оценка == 5:
                yield с

    def __len__(self):
        return len(self._с)


поток = Поток([
    Студент("Яковлев", "Иван", "ИВТ-2", 91),
    Студент("Абрамова", "Ольга", "ИВТ-1", 77),
    Студент("Ёлкин", "Пётр", "ИВТ-1", 85),
    Студент("Жукова", "Анна", "ИВТ-2", 45),
    Студент("Борисов", "Олег", "ИВТ-1", 62),
    Студент("Елисеева", "Вера", "ИВТ-2", 85),
])
for группа, члены in groupby(поток, key=attrgetter("группа")):
    члены = list(члены)
    print(группа, len(члены), [с.инициалы() for с in члены], sum(с.баллы for с in члены) / len(члены))
print([с.фамилия for с in sorted(поток, key=attrgetter("оценка", "фамилия"), reverse=True)])
print([с.фамилия for с in поток.отличники()], len(поток), list(map(methodcaller("инициалы"), поток))[:2])
print(sorted((с.фамилия for с in поток), key=str.lower), sorted([с.фамилия for с in поток], key=lambda s: s.replace("Ё", "Е")))
по_оценке = {к: [с.фамилия for с in г] for к, г in groupby(sorted(поток, key=attrgetter("оценка")), attrgetter("оценка"))}
print(по_оценке, attrgetter("имя", "баллы")(next(iter(поток))))
пары = sorted([("б", 2), ("а", 2), ("в", 1)], key=itemgetter(1, 0))
print(пары, [k for k, _ in groupby("ааббба")], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 1])])


def обработать(событие):
    match событие:
        case {"тип": "оценка", "студент": Студент(фамилия=ф, баллы=б)} if б >= 85:
            return f"отлично у {ф}"
        case {"тип": "оценка", "студент": Студент(фамилия=ф)}:
            return f"оценка для {ф}"
        case {"тип": "перевод", "из": str(из), "в": str(в)} if из != в:
            return f"перевод {из} → {в}"
        case {"тип": "список", "фамилии": [первая, *остальные]}:
            return f"список из {1 + len(остальные)}, первая {первая}"
        case {"тип": "пусто", **rest} if not rest:
            return "пустое событие"
        case {"тип": тип, **rest}:
            return f"неизвестный тип {тип!r}, поля {sorted(rest)}"
        case Студент(группа="ИВТ-1" | "ИВТ-2" as г):
            return f"студент группы {г}"
        case [Студент() as a, Студент() as b]:
            return f"пара {a.фамилия}/{b.фамилия}"
        case (int() | float()) as x if x < 0:
            return "отрицательное"
        case _:
            return "прочее"


студенты = list(поток)
for с in [{"тип": "оценка", "студент": студенты[0]}, {"тип": "оценка", "студент": студенты[1]},
          {"тип": "перевод", "из": "ИВТ-1", "в": "ИВТ-2"}, {"тип": "перевод", "из": "А", "в": "А"},
          {"тип": "список", "фамилии": ["Ли", "Ким"]}, {"тип": "пусто"}, {"тип": "пусто", "x": 1},
          студенты[2], студенты[:2], -3.5, 0, "строка", {"без типа": 1}]:
    print(обработать(с))
