class ОшибкаПроверки(Exception):
    def __init__(self, поле, значение, причина="неверное значение"):
        super().__init__(поле, значение)
        self.поле = поле
        self.значение = значение
        self.причина = причина

    def __str__(self):
        return f"{self.поле}: {self.причина} ({self.значение!r})"


class ОшибкаДиапазона(ОшибкаПроверки):
    def __init__(self, поле, значение, мин, макс):
        super().__init__(поле, значение, f"вне диапазона {мин}..{макс}")
        self.мин, self.макс = мин, макс


class Поле:
    def __init__(self, тип, мин=None, макс=None):
        self.тип, self.мин, self.макс = тип, мин, макс

    def __set_name__(self, owner, name):
        self.имя = name
        owner.поля = getattr(owner, "поля", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.имя)

    def __set__(self, obj, value):
        if not isinstance(value, self.тип):
            raise ОшибкаПроверки(self.имя, value, f"ожидался {self.тип.__name__}")
        if self.мин is not None and not self.мин <= value <= self.макс:
            raise ОшибкаДиапазона(self.имя, value, self.мин, self.макс)
        obj.__dict__[self.имя] = value

    def __repr__(self):
        return f"Поле({self.тип.__name__})"


class Студент:
    имя = Поле(str)
    курс = Поле(int, 1, 6)
    балл = Поле(float, 0.0, 5.0)

    def __init__(self, **kw):
        ошибки = []
        for k in self.поля:
            try:
                setattr(self, k, kw[k])
            except ОшибкаПроверки as e:
                ошибки.append(e)
            except KeyError as e:
                ошибки.append(ОшибкаПроверки(k, None, "не задано"))
        if ошибки:
            raise ValueError(f"{len(ошибки)} ошибок") from ошибки[0]

    def __repr__(self):
        return "Студент(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.поля) + ")"


print(Студент.поля, Студент.курс, vars(Студент)["имя"])
print(Студент(имя="Маша", курс=2, балл=4.5))
for данные in [dict(имя="Петя", курс=9, балл=3.0), dict(имя=5, курс=1, балл=4.0), dict(курс=1, балл=6.0)]:
    try:
        Студент(**данные)
    except ValueError as e:
        причина = e.__cause__
        print(e, "|", причина, "|", type(причина).__name__, причина.args, e.__suppress_context__)
        if isinstance(причина, ОшибкаДиапазона):
            print("  диапазон:", причина.мин, причина.макс)

e = ОшибкаДиапазона("курс", 0, 1, 6)
print(repr(e), e.args, str(e), isinstance(e, ОшибкаПроверки))
try:
    try:
        {}["ключ"]
    except KeyError as ke:
        raise ОшибкаПроверки("ключ", "x") from None
except ОшибкаПроверки as err:
    print(err, err.__cause__, type(err.__context__).__name__, err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("много")
except ValueError as err:
    print(err, "<-", repr(err.__context__), err.__cause__)


class Пустая(Exception):
    pass


print(repr(Пустая()), str(Пустая()), repr(Пустая("а", 1)), str(Пустая("а", 1)), str(Пустая("одна")))
ex = Пустая("сообщение")
ex.код = 42
print(ex.код, ex.args, hasattr(ex, "код"), getattr(ex, "нет", "-"))
try:
    raise Пустая
except Пустая as p:
    print("поймано", type(p).__name__, p.args)
