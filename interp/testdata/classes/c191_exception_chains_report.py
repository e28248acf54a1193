# Ошибки конфигурации: иерархия исключений, __str__ и args, raise from,
# __context__, __suppress_context__, вывод через traceback.
import traceback


class ОшибкаКонфига(Exception):
    """Базовая ошибка."""

    def __init__(self, ключ, *подробности):
        super().__init__(ключ, *подробности)
        self.ключ = ключ

    def __str__(self):
        return f"ключ {self.ключ!r}: " + (", ".join(map(str, self.args[1:])) or "ошибка")


class НетКлюча(ОшибкаКонфига, KeyError):
    pass


class ПлохоеЗначение(ОшибкаКонфига, ValueError):
    def __init__(self, ключ, значение):
        super().__init__(ключ, f"значение {значение!r} не подходит")
        self.значение = значение


def прочитать(конфиг, ключ, тип):
    try:
        сырое = конфиг[ключ]
    except KeyError:
        raise НетКлюча(ключ)
    try:
        return тип(сырое)
    except (TypeError, ValueError) as e:
        raise ПлохоеЗначение(ключ, сырое) from e


конфиг = {"порт": "80a", "хост": "localhost", "таймаут": None}
for ключ, тип in [("хост", str), ("порт", int), ("пользователь", str), ("таймаут", float)]:
    try:
        print("ok:", прочитать(конфиг, ключ, тип))
    except ОшибкаКонфига as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", isinstance(e, KeyError), isinstance(e, ValueError))
        print("  cause:", repr(e.__cause__), "context:", type(e.__context__).__name__, "suppress:", e.__suppress_context__)

try:
    прочитать(конфиг, "порт", int)
except ПлохоеЗначение as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(sum("direct cause" in l for l in lines), lines[-1], end="")

try:
    try:
        {}["x"]
    except KeyError as inner:
        raise RuntimeError("при обработке") from None
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
    print("".join(traceback.format_exception(type(e), e, None)), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise НетКлюча("деление")
except ОшибкаКонфига as e:
    chain = traceback.format_exception(type(e), e, None)
    print([l.strip() for l in chain if not l.startswith(" ")])

e = НетКлюча("k", "a", 2)
print(str(e), repr(e), e.args, KeyError.__str__(e))
print(ПлохоеЗначение.__mro__[1:4])
print(ОшибкаКонфига.__doc__, issubclass(НетКлюча, LookupError))
