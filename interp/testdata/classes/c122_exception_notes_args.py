class ОшибкаБанка(Exception):
    """Базовое исключение банковской системы."""

    def __init__(self, сообщение, *, код=0):
        super().__init__(сообщение)
        self.код = код


class НедостаточноСредств(ОшибкаБанка):
    def __init__(self, счёт, сумма, остаток):
        super().__init__(f"на счёте {счёт} недостаточно средств: нужно {сумма}, есть {остаток}", код=402)
        self.счёт, self.сумма, self.остаток = счёт, сумма, остаток

    @property
    def нехватка(self):
        return self.сумма - self.остаток


class СчётЗаблокирован(ОшибкаБанка):
    def __str__(self):
        return f"[{self.код}] {self.args[0]}"


class ОшибкаПеревода(ОшибкаБанка):
    pass


счета = {"40817": 1500, "40820": 0}
заблокированные = {"40820"}


def снять(счёт, сумма):
    if счёт in заблокированные:
        raise СчётЗаблокирован(f"счёт {счёт} заблокирован", код=423)
    if счета[счёт] < сумма:
        raise НедостаточноСредств(счёт, сумма, счета[счёт])
    счета[счёт] -= сумма
    return счета[счёт]


def перевести(откуда, куда, сумма):
    try:
        снять(откуда, сумма)
    except ОшибкаБанка as e:
        ош = ОшибкаПеревода(f"перевод {откуда} -> {куда} не выполнен", код=e.код)
        ош.add_note(f"причина: {type(e).__name__}")
        ош.add_note("повторите позже")
        raise ош from e
    счета[куда] += сумма


for откуда, сумма in [("40817", 500), ("40817", 5000), ("40820", 10)]:
    try:
        перевести(откуда, "40820", сумма)
        print("ok", счета)
    except ОшибкаПеревода as e:
        print(e, "|", e.код, "|", e.__notes__)
        причина = e.__cause__
        print("  причина:", repr(причина) if not isinstance(причина, СчётЗаблокирован) else str(причина))
        print("  args:", причина.args, "код:", причина.код, e.__suppress_context__, e.__context__ is причина)
        if isinstance(причина, НедостаточноСредств):
            print("  нехватка:", причина.нехватка)

e = Exception("первый", 2, ["три"])
print(str(e), repr(e), e.args, str(Exception()), repr(Exception("один")), str(Exception("один")))
print(str(KeyError("ключ")), repr(KeyError("ключ")), str(KeyError("а", "б")), str(ValueError()))
print(repr(ОшибкаБанка("x", код=1)), ОшибкаБанка.__doc__, ОшибкаБанка.__mro__[1:3])
к = СчётЗаблокирован("тест", код=5)
print(str(к), repr(к), f"{к}", f"{к!r}", к.args, к.with_traceback(None) is к)
try:
    к.add_note(42)
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("неверное значение", 42)
except ValueError as e:
    e.add_note("заметка 1")
    print(e, e.args, e.__notes__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("ключ")
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
ош = НедостаточноСредств("40899", 100, 1)
ош.add_note("проверьте баланс")
raise ош
