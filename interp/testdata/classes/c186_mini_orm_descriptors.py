# Мини-ORM: поля-дескрипторы с __set_name__, __init_subclass__ собирает схему, __eq__/__hash__/__repr__ по полям
class Поле:
    счётчик = 0

    def __init__(self, тип, *, по_умолчанию=None, обязательное=False):
        self.тип = тип
        self.по_умолчанию = по_умолчанию
        self.обязательное = обязательное
        Поле.счётчик += 1
        self.порядок = Поле.счётчик

    def __set_name__(self, владелец, имя):
        self.имя = имя

    def __get__(self, obj, тип=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.имя, self.по_умолчанию)

    def __set__(self, obj, значение):
        if значение is None and self.обязательное:
            raise ValueError(f"{type(obj).__name__}.{self.имя}: обязательное поле")
        if значение is not None and not isinstance(значение, self.тип):
            try:
                значение = self.тип(значение)
            except (TypeError, ValueError):
                raise TypeError(f"{self.имя}: нельзя привести {значение!r} к {self.тип.__name__}") from None
        obj.__dict__[self.имя] = значение

    def __repr__(self):
        return f"<Поле {self.имя}: {self.тип.__name__}>"


class Модель:
    схема = {}

    def __init_subclass__(cls, таблица=None, **kw):
        super().__init_subclass__(**kw)
        поля = {}
        for база in reversed(cls.__mro__):
            for имя, v in vars(база).items():
                if isinstance(v, Поле):
                    поля[имя] = v
        cls._поля = dict(sorted(поля.items(), key=lambda kv: kv[1].порядок))
        cls._таблица = таблица or cls.__name__.lower() + "s"
        Модель.схема[cls._таблица] = list(cls._поля)

    def __init__(self, **значения):
        неизвестные = set(значения) - set(self._поля)
        if неизвестные:
            raise TypeError(f"неизвестные поля: {sorted(неизвестные)}")
        for имя in self._поля:
            setattr(self, имя, значения.get(имя, self._поля[имя].по_умолчанию))

    def __repr__(self):
        пары = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._поля)
        return f"{type(self).__name__}({пары})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in self._поля)

    def __hash__(self):
        return hash((type(self), tuple(getattr(self, k) for k in self._поля)))

    def в_словарь(self):
        return {k: getattr(self, k) for k in self._поля}


class Пользователь(Модель, таблица="users"):
    имя = Поле(str, обязательное=True)
    возраст = Поле(int, по_умолчанию=0)


class Админ(Пользователь):
    уровень = Поле(int, по_умолчанию=1)


п = Пользователь(имя="Аня", возраст="31")
а = Админ(имя="Борис", уровень=3)
print(п, а, п.возраст + 1, type(п.возраст).__name__, Модель.схема)
print(Пользователь.имя, Админ.возраст, Админ._поля, а.в_словарь(), п == Пользователь(имя="Аня", возраст=31), п != а)
print(len({п, Пользователь(имя="Аня", возраст=31), а}), а == Пользователь(имя="Борис"), sorted(Модель.схема))
for плохое in ({"имя": None}, {"имя": "В", "возраст": "много"}, {"имя": "Г", "рост": 180}):
    try:
        Пользователь(**плохое)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
п.возраст = 32.9
print(п.возраст, vars(п), "имя" in vars(Пользователь), hasattr(Админ, "уровень"), Поле.счётчик)
del п.__dict__["возраст"]
print(п.возраст, repr(п))
