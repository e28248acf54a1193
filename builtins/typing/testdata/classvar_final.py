# ClassVar and Final, as annotations of class attributes and constants.
from typing import ClassVar, Dict, Final, List
import typing

MAX: Final = 10
LIMIT: Final[int] = 3


class Registry:
    items: ClassVar[Dict[str, int]] = {}
    names: ClassVar[List[str]] = []
    VERSION: Final[str] = "1.0"

    def add(self, name):
        Registry.items[name] = len(Registry.items)
        Registry.names.append(name)


r = Registry()
r.add("a")
r.add("b")
print(Registry.items, Registry.names, Registry.VERSION, MAX, LIMIT)
print(ClassVar, ClassVar[int], Final, Final[int], ClassVar[Dict[str, int]], typing.ClassVar[List[int]])
print(ClassVar[int] == ClassVar[int], Final[str] != Final[int])
for bad in [lambda: ClassVar[int, str], lambda: Final[int, str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
