# Иерархия исключений: raise ... from None/from e, __cause__, __context__, повторный raise
class ОшибкаСклада(Exception):
    """Базовая ошибка склада."""

    def __init__(self, сообщение, *, код=None):
        super().__init__(сообщение)
        self.код = код

    def __str__(self):
        базовое = super().__str__()
        return f"[{self.код}] {базовое}" if self.код else базовое


class НетТовара(ОшибкаСклада, KeyError):
    pass


class НеверноеКоличество(ОшибкаСклада, ValueError):
    def __init__(self, количество):
        super().__init__(f"количество должно быть > 0, получено {количество}", код="Q1")
        self.количество = количество


склад = {"яблоки": 10, "груши": 0}


def взять(товар, количество):
    if количество <= 0:
        raise НеверноеКоличество(количество)
    try:
        остаток = склад[товар]
    except KeyError:
        raise НетТовара(f"нет товара «{товар}»", код="N404") from None
    if остаток < количество:
        raise ОшибкаСклада(f"мало: {товар} ({остаток} < {количество})")
    склад[товар] = остаток - количество
    return количество


def разобрать(строка):
    try:
        товар, количество = строка.split(":")
        return товар, int(количество)
    except ValueError as e:
        raise ОшибкаСклада(f"плохая строка {строка!r}") from e


for строка in ["яблоки:3", "сливы:1", "груши:2", "яблоки:-1", "яблоки", "яблоки:x", "яблоки:7", "яблоки:1"]:
    try:
        print("взято", взять(*разобрать(строка)))
    except НетТовара as e:
        print(type(e).__name__, e, isinstance(e, KeyError), e.__cause__, e.__suppress_context__, e.__context__ is not None)
    except НеверноеКоличество as e:
        print(type(e).__name__, e, e.количество, isinstance(e, ValueError), e.args)
    except ОшибкаСклада as e:
        причина = e.__cause__
        print(type(e).__name__, e, "| причина:", type(причина).__name__ if причина else None, причина)
print(склад)
print([к.__name__ for к in НетТовара.__mro__])
print(ОшибкаСклада.__doc__, НетТовара.__doc__)


def обёртка():
    try:
        взять("сливы", 1)
    except ОшибкаСклада as e:
        e.add_note("при вызове обёртки")
        raise


try:
    обёртка()
except KeyError as e:
    print(repr(e), e.__notes__, str(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("вторичная")
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    raise ОшибкаСклада("с причиной") from ValueError("исходная")
except ОшибкаСклада as e:
    print(e.__cause__, e.__suppress_context__, e.код)
e = НеверноеКоличество(0)
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise НетТовара("пусто")
except НетТовара as e:
    print(repr(e), str(e), e.args)
print(issubclass(НетТовара, LookupError), issubclass(НеверноеКоличество, ArithmeticError))
