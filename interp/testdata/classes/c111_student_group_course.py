class Студент:
    """Студент университета.

    Хранит ФИО, курс и оценки; проверяет значения через свойства.
    """

    всего = 0

    def __init__(self, фамилия, имя, курс=1):
        self.фамилия = фамилия
        self.имя = имя
        self.курс = курс
        self._оценки = []
        Студент.всего += 1

    @property
    def курс(self):
        return self._курс

    @курс.setter
    def курс(self, значение):
        if not isinstance(значение, int):
            raise TypeError(f"курс должен быть целым числом, а не {type(значение).__name__}")
        if not 1 <= значение <= 6:
            raise ValueError(f"недопустимый курс: {значение}")
        self._курс = значение

    @курс.deleter
    def курс(self):
        raise AttributeError("курс нельзя удалить")

    @property
    def фамилия(self):
        return self._фамилия

    @фамилия.setter
    def фамилия(self, значение):
        if not значение or not значение.isalpha():
            raise ValueError(f"некорректная фамилия: {значение!r}")
        self._фамилия = значение.capitalize()

    def добавить_оценку(self, *оценки):
        for о in оценки:
            if о not in range(2, 6):
                raise ValueError(f"оценка {о} вне шкалы 2..5")
            self._оценки.append(о)
        return self

    @property
    def средний(self):
        return round(sum(self._оценки) / len(self._оценки), 2) if self._оценки else 0.0

    def __str__(self):
        return f"{self.фамилия} {self.имя[0]}., {self.курс} курс, средний балл {self.средний}"

    def __repr__(self):
        return f"Студент({self.фамилия!r}, {self.имя!r}, курс={self.курс})"

    def __lt__(self, other):
        if not isinstance(other, Студент):
            return NotImplemented
        return (-self.средний, self.фамилия) < (-other.средний, other.фамилия)


class Группа:
    """Учебная группа: коллекция студентов."""

    def __init__(self, название):
        self.название = название
        self._студенты = []

    def __iadd__(self, студент):
        if студент in self._студенты:
            raise ValueError(f"{студент.фамилия} уже в группе {self.название}")
        self._студенты.append(студент)
        return self

    def __len__(self):
        return len(self._студенты)

    def __iter__(self):
        return iter(sorted(self._студенты))

    def __str__(self):
        строки = [f"Группа {self.название} ({len(self)} чел.)"]
        строки += [f"  {i}. {с}" for i, с in enumerate(self, 1)]
        return "\n".join(строки)


print(Студент.__doc__.splitlines()[0])
print(Группа.__doc__)
г = Группа("ИВТ-21")
г += Студент("иванов", "Пётр", 2).добавить_оценку(5, 4, 5)
г += Студент("петрова", "Анна", 2).добавить_оценку(5, 5, 4)
г += Студент("сидоров", "Олег").добавить_оценку(3, 4)
print(г)
print(repr(list(г)[0]), Студент.всего)

с = list(г)[-1]
for действие in [lambda: setattr(с, "курс", 7), lambda: setattr(с, "курс", "2"),
                 lambda: setattr(с, "фамилия", "Ив4нов"), lambda: delattr(с, "курс"),
                 lambda: с.добавить_оценку(4, 6), lambda: г.__iadd__(с),
                 lambda: с < 5, lambda: sorted([с, "x"])]:
    try:
        действие()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, "-", e)
print(с, с._оценки)
print(bool(Группа("пустая")), len(г), type(Студент.курс).__name__, Студент.курс.fset.__name__)
