# typing.Protocol at run time: a protocol can't be instantiated, a class
# deriving from it can; runtime_checkable makes isinstance check that an
# object has every member (methods and annotated attributes) of the
# protocol and of the protocols it extends. overload and final return
# their argument.
from typing import Protocol, runtime_checkable, overload, final


@runtime_checkable
class Закрываемый(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Именованный(Закрываемый, Protocol):
    имя: str

    def привет(self) -> str: ...


class Файл:
    def close(self):
        return "закрыт"


class Сотрудник:
    def __init__(self, имя):
        self.имя = имя

    def привет(self):
        return "Привет, " + self.имя

    def close(self):
        pass


class Явный(Закрываемый):
    pass


class Отключённый:
    close = None


for obj in (Файл(), Сотрудник("Оля"), Явный(), Отключённый(), 5, "текст", Файл):
    print(type(obj).__name__, isinstance(obj, Закрываемый), isinstance(obj, Именованный), isinstance(obj, (int, Именованный)))
print(Явный().close(), [c.__name__ for c in Именованный.__mro__])
for make in (Закрываемый, Именованный, lambda: runtime_checkable(Файл), lambda: Явный(1)):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


@final
class Лист:
    pass


print(f(2), f("ё"), f.__name__, Лист.__name__, overload(len) is len)
try:
    overload(len)()
except NotImplementedError as e:
    print("NotImplementedError:", str(e)[:40])
