# isinstance/issubclass refuse a subscripted generic: a Generic or Protocol
# subclass subscripted in typing's words, list[int] in the builtins', and
# before they look at the first argument.
from typing import Generic, TypeVar, Protocol
T = TypeVar("T")
class Box(Generic[T]): pass
class Sub(Box[int]): pass
class P(Protocol[T]): pass
for a, b in [(Box(), Box[int]), (Sub(), Sub), (Box, Box[str]), (1, list[int]), ([], P[int]), (Sub, Box[int])]:
    for f in (isinstance, issubclass):
        try:
            print(f(a, b))
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
