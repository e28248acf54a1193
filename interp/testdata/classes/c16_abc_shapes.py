# Абстрактные классы: ABC, abstractmethod, abstract property, ошибки создания
from abc import ABC, abstractmethod
from typing import List, Optional, Protocol, Generic, TypeVar, Dict

T = TypeVar("T")


class Storage(ABC):
    @abstractmethod
    def save(self, key: str, value: str) -> None:
        ...

    @abstractmethod
    def load(self, key: str) -> Optional[str]:
        ...

    @property
    @abstractmethod
    def kind(self) -> str:
        ...

    def save_many(self, items: Dict[str, str]) -> int:
        for k, v in items.items():
            self.save(k, v)
        return len(items)


class MemoryStorage(Storage):
    def __init__(self):
        self._data: Dict[str, str] = {}

    def save(self, key, value):
        self._data[key] = value

    def load(self, key):
        return self._data.get(key)

    @property
    def kind(self):
        return "память"


class HalfStorage(Storage):
    def save(self, key, value):
        pass


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class RuGreeter:
    def greet(self, name: str) -> str: return f"Здравствуйте, {name}!"


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


def greet_all(g: Greeter, names: List[str]) -> List[str]:
    return [g.greet(n) for n in names]


for cls in (Storage, HalfStorage):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

m = MemoryStorage()
print(m.save_many({"язык": "русский", "город": "Пермь"}), m.load("язык"), m.load("нет"), m.kind)
print(isinstance(m, Storage), issubclass(MemoryStorage, ABC), sorted(Storage.__abstractmethods__))
print(MemoryStorage.__abstractmethods__, HalfStorage.__abstractmethods__ == frozenset({"load", "kind"}))
print(greet_all(RuGreeter(), ["Анна", "Олег"]))
b: Box[int] = Box(5)
s = Box[str]("строка")
print(b, s, b.get() + 1, s.get().upper())
x: Optional[int] = None
print(x, Box.__name__)


class Animal(ABC):
    sound = "..."

    @abstractmethod
    def speak(self):
        return f"{type(self).__name__} говорит {self.sound}"

    @classmethod
    @abstractmethod
    def create(cls):
        ...


class Dog(Animal):
    sound = "гав"

    def speak(self):
        return super().speak() + "!"

    @classmethod
    def create(cls):
        return cls()


print(Dog.create().speak())
try:
    Animal.create()
except TypeError as e:
    print("нельзя:", type(e).__name__)
print(Animal.speak(Dog()))

print(greet_all(RuGreeter(), []), Dict[str, List[int]])
