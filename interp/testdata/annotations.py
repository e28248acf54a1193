# Annotations are evaluated as CPython evaluates them: a def's when read
# (f.__annotations__, inspect, singledispatch), a class body's and the
# module's at once; under the future import (see
# annotations_future.py) they stay source text.
import inspect
from dataclasses import dataclass, field, fields, KW_ONLY
from functools import singledispatch, wraps
from typing import ClassVar, Dict, List, Optional

limit: int = 10
name: str
print(__annotations__)


def scale(x: float, factor: "float" = 2.0, *rest: int, clamp: bool = False, **opts: str) -> float:
    return x * factor


print(scale.__annotations__)
print(inspect.signature(scale))
print(scale.__defaults__, scale.__kwdefaults__)


def plain(a, b=1):
    return a


print(plain.__annotations__, plain.__defaults__, plain.__kwdefaults__)
print((lambda x: x).__annotations__)


class Точка:
    x: int = 0
    y: "int" = 0
    метка: Optional[str] = None
    реестр: ClassVar[Dict[str, List[int]]] = {}

    def сдвиг(self, dx: int, dy: int = 0) -> "Точка":
        return Точка()


print(Точка.__annotations__)
print(Точка.сдвиг.__annotations__)
print(Точка().сдвиг.__annotations__ == Точка.сдвиг.__annotations__)
print(inspect.signature(Точка.сдвиг))


@dataclass
class Задача:
    title: str
    priority: int = 1
    tags: List[str] = field(default_factory=list)
    counter: ClassVar[int] = 0
    _: KW_ONLY
    done: bool = False


print([(f.name, f.type) for f in fields(Задача)])
print(Задача("Отчёт", done=True))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register
def _(x: list):
    return f"list of {len(x)}"


print(describe(3), describe([1, 2]), describe("ы"))


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


print(add.__annotations__, add(2, 3))
print(inspect.signature(add))

add.__annotations__ = {"a": "number"}
print(add.__annotations__)
scale.__annotations__["extra"] = bytes
print(scale.__annotations__["extra"])
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)


def gen(n: int) -> "Iterator[int]":
    yield from range(n)


print(gen.__annotations__, list(gen(2)))


def outer():
    class Local:
        pass

    def inner(v: Local) -> Local:
        return v

    return inner


print(outer().__annotations__["v"].__qualname__)
