# An enum's format: str(member) for an empty spec, a class's own __str__
# included; with a spec, an IntEnum's value.
from enum import Enum, IntEnum
class Kind(IntEnum):
    A = 0
    def __str__(self):
        return self.name.lower()
class Color(Enum):
    RED = 1
    def __str__(self):
        return "цвет " + self.name
class Mix(str, Enum):
    X = "x"
    def __str__(self):
        return "mix-" + self.value
k = Kind.A
print(f"{k}", str(k), format(k), f"{k:>5}|", f"{Color.RED}", f"{Mix.X}", format(Mix.X, ">6"))
