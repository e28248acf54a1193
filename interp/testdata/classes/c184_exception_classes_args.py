# Иерархия исключений: __init__ с аргументами, __str__, __repr__, args, pickle-подобная копия, групповая обработка
import copy


class ОшибкаВалидации(ValueError):
    def __init__(self, поле, значение, причина="неверное значение"):
        super().__init__(поле, значение)
        self.поле = поле
        self.значение = значение
        self.причина = причина

    def __str__(self):
        return f"{self.поле}={self.значение!r}: {self.причина}"


class ОшибкаДиапазона(ОшибкаВалидации):
    def __init__(self, поле, значение, мин, макс):
        super().__init__(поле, значение, f"вне диапазона [{мин}, {макс}]")
        self.мин, self.макс = мин, макс


class БезСупер(Exception):
    def __init__(self, код):
        self.код = код


class ТолькоArgs(Exception):
    pass


e = ОшибкаДиапазона("возраст", 200, 0, 150)
print(e, repr(e), e.args, e.причина, isinstance(e, ValueError), type(e).__mro__[1].__name__)
print(str(БезСупер(5)), repr(БезСупер(5)), БезСупер(5).args, БезСупер(5).код)
print(str(ТолькоArgs()), repr(ТолькоArgs()), str(ТолькоArgs("a")), repr(ТолькоArgs("a", 1)), str(ТолькоArgs("a", 1)), ТолькоArgs(None).args)
print(str(ValueError("x", "y")), repr(OSError(2, "нет файла")), str(OSError(2, "нет файла", "a.txt")), KeyError("ключ").args[0])
try:
    copy.copy(e)
except TypeError as err:
    print("TypeError:", err)
к = copy.deepcopy(ОшибкаВалидации("имя", ["x"]))
print(type(к).__name__, к.args, к.поле, к.значение, к)


def проверить(анкета):
    ошибки = []
    for поле, (мин, макс) in {"возраст": (0, 150), "рост": (50, 250)}.items():
        v = анкета.get(поле)
        try:
            if v is None:
                raise ОшибкаВалидации(поле, v, "обязательное поле")
            if not мин <= v <= макс:
                raise ОшибкаДиапазона(поле, v, мин, макс)
        except ОшибкаВалидации as err:
            ошибки.append(err)
    if ошибки:
        raise ExceptionGroup("анкета заполнена с ошибками", ошибки)


try:
    проверить({"возраст": -1})
except* ОшибкаДиапазона as группа:
    print("диапазон:", [str(x) for x in группа.exceptions])
except* ОшибкаВалидации as группа:
    print("прочее:", [str(x) for x in группа.exceptions], type(группа).__name__, группа.message)

try:
    try:
        raise ОшибкаВалидации("имя", "", "пусто")
    except ValueError as err:
        err.add_note("подсказка: заполните имя")
        raise
except ОшибкаВалидации as err:
    print(err, err.__notes__, err.__traceback__ is not None)


class Повтор(Exception):
    def __init__(self, попытка, *, максимум=3):
        super().__init__(f"попытка {попытка} из {максимум}")
        self.попытка = попытка


for i in range(1, 4):
    try:
        raise Повтор(i)
    except Повтор as p:
        print(p, p.args, p.попытка, "последняя" if p.попытка == 3 else "")
try:
    raise ТолькоArgs
except ТолькоArgs as t:
    print(repr(t), t.args == ())
try:
    raise БезСупер
except TypeError as t:
    print("TypeError:", t)
print(issubclass(ОшибкаДиапазона, (KeyError, ValueError)), ОшибкаДиапазона.__bases__, BaseException.__subclasses__.__name__)
