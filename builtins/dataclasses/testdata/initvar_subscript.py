# InitVar[T] is an InitVar whose repr is dataclasses.InitVar[T], with .type.
import dataclasses
from dataclasses import InitVar, dataclass, field
print(InitVar[int], InitVar[int].type, type(InitVar[int]), InitVar(str), InitVar[list[int]], InitVar, type(InitVar[int]) is InitVar)
@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(C(3), [f.name for f in dataclasses.fields(C)])
