# Цепочки исключений: raise from, __context__, __suppress_context__, модуль traceback
import sys
import traceback


class ОшибкаПриложения(Exception):
    """Базовая ошибка приложения."""

    def __init__(self, сообщение, код=0):
        super().__init__(сообщение, код)
        self.код = код

    def __str__(self):
        return f"[{self.код}] {self.args[0]}"


class ОшибкаБазы(ОшибкаПриложения):
    pass


class ОшибкаКонфига(ОшибкаПриложения, KeyError):
    pass


def прочитать(ключ):
    конфиг = {"хост": "db"}
    try:
        return конфиг[ключ]
    except KeyError as e:
        raise ОшибкаКонфига(f"нет ключа {ключ}", 404) from e


def подключиться():
    try:
        прочитать("порт")
    except ОшибкаПриложения:
        raise ОшибкаБазы("нет соединения", 500)


try:
    подключиться()
except ОшибкаБазы as e:
    print(repr(e), str(e), e.args, e.код)
    ctx = e.__context__
    print(type(ctx).__name__, ctx, repr(ctx), ctx.args)
    print(type(ctx.__cause__).__name__, ctx.__cause__, ctx.__suppress_context__, e.__suppress_context__, e.__cause__)
    print(isinstance(ctx, KeyError), ОшибкаКонфига.__mro__[1:3])
    for строка in traceback.format_exception_only(type(e), e):
        print("only:", строка.rstrip())
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(sum(1 for l in lines if "direct cause" in l), sum(1 for l in lines if "During handling" in l))
    print(lines[-1].rstrip())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("плохое значение") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
    print("".join(traceback.format_exception_only(e)).rstrip())

e = RuntimeError("вручную")
e.__cause__ = OSError(2, "Нет такого файла")
print(e.__suppress_context__, e.__cause__, e.__cause__.errno, e.__cause__.strerror)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = "строка"
except TypeError as err:
    print("TypeError:", err)


def цепочка(exc):
    итог = []
    while exc is not None:
        итог.append(f"{type(exc).__name__}({exc})")
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return " <- ".join(итог)


def уровни(n):
    if n == 0:
        raise LookupError("дно")
    try:
        уровни(n - 1)
    except LookupError as e:
        if n % 2:
            raise IndexError(f"уровень {n}") from e
        raise KeyError(f"уровень {n}")


try:
    уровни(4)
except LookupError as e:
    print(цепочка(e))
    print(str(KeyError("x")), str(KeyError()), repr(KeyError("a", "b")), str(KeyError("a", "b")))

try:
    raise ОшибкаКонфига("x", 1)
except KeyError as e:
    print("поймано как KeyError:", e, e.args)
print(str(ОшибкаПриложения("пусто")), ОшибкаПриложения.__doc__, ОшибкаБазы.__doc__)
sys.stdout.flush()
