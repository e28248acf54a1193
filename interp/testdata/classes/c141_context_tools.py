# contextlib.suppress/ExitStack/redirect_stdout, __enter__ возвращает другой объект
import contextlib
import io


class Журнал:
    def __init__(self):
        self.записи = []

    def __call__(self, текст):
        self.записи.append(текст)


class Транзакция:
    def __init__(self, имя, журнал, ошибка_при_выходе=False):
        self.имя = имя
        self.журнал = журнал
        self.ошибка_при_выходе = ошибка_при_выходе

    def __enter__(self):
        self.журнал(f"начало {self.имя}")
        return self.журнал

    def __exit__(self, тип, значение, трасса):
        статус = "откат" if тип else "фиксация"
        self.журнал(f"{статус} {self.имя}" + (f" ({тип.__name__}: {значение})" if тип else ""))
        if self.ошибка_при_выходе:
            raise RuntimeError(f"сбой выхода {self.имя}")
        return тип is KeyError


ж = Журнал()
with Транзакция("А", ж) as запись:
    запись("работа А")
    print(запись is ж)
with Транзакция("Б", ж):
    {}["нет"]
try:
    with Транзакция("В", ж):
        raise ValueError("плохо")
except ValueError as e:
    ж(f"поймано: {e}")
print(*ж.записи, sep="\n")

with contextlib.suppress(ZeroDivisionError, KeyError):
    print("до")
    1 / 0
    print("не печатается")
print("после suppress")
with contextlib.suppress():
    pass

буфер = io.StringIO()
with contextlib.redirect_stdout(буфер):
    print("в буфер", "ёлка")
    help_text = "скрыто"
print("захвачено:", repr(буфер.getvalue()))

порядок = []


@contextlib.contextmanager
def ресурс(имя):
    порядок.append(f"+{имя}")
    try:
        yield имя.upper()
    finally:
        порядок.append(f"-{имя}")


with contextlib.ExitStack() as стек:
    имена = [стек.enter_context(ресурс(и)) for и in ("а", "б", "в")]
    стек.callback(порядок.append, "колбэк")
    print(имена)
print(порядок)
порядок.clear()
with contextlib.ExitStack() as стек:
    стек.enter_context(ресурс("x"))
    отложено = стек.pop_all()
print(порядок)
отложено.close()
print(порядок)
try:
    with contextlib.ExitStack() as стек:
        стек.enter_context(Транзакция("Г", ж, ошибка_при_выходе=True))
        стек.enter_context(Транзакция("Д", ж))
        raise KeyError("ключ")
except RuntimeError as e:
    print("RuntimeError:", e)
print(ж.записи[-4:])
with contextlib.nullcontext("значение") as v:
    print(v)


class Замок:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("выход с", [a if a is None else type(a).__name__ for a in args])


with Замок() as з1, Замок() as з2:
    print(з1 is not з2)
try:
    with Замок():
        raise IndexError
except IndexError:
    print("IndexError прошла")
