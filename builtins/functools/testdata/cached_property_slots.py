# cached_property needs the instance's __dict__: on a class whose MRO
# declares only __slots__ its first read is CPython's TypeError; a
# subclass without __slots__ has a __dict__ again.
from functools import cached_property


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        print("  считаю y")
        return 1


class Open(Slotted):
    pass


try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
o = Open()
print(o.y, o.y, vars(o))
