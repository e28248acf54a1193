print(int | None, int | str | None, list[int] | None, None | int, dict[str, 'Node'] | None)
print(int | str == str | int, hash(int | str) == hash(str | int), (int | None).__args__, type(int | str))
print(int | int, int | str | int, (int|str) | float, int | (str|float), list[int] | list[int])
for bad in ["int | 'x'", "int | 1", "1 | int", "None | None", "int | ..."]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(1, int|str), isinstance(None, int|None), isinstance(1.0, int|str), issubclass(bool, int|str))
print(list[int] == list[int], list[int] == list[str], {int|str: 1}, 5 | 3, True | False)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)
from typing import Optional, Union, List, TypeVar, get_args, get_origin
import types
T = TypeVar("T")
print((int | None) == Optional[int], Optional[int] == (int | None), (int | str) == Union[int, str])
print(int | T, T | int, int | List[int], List[int] | int, Union[int, str] | None, None | Union[int, str])
print(Optional[int] | str, int | Optional[str], type[int] | None, tuple[int, ...] | None, int | type(None))
print(get_args(int | str), get_origin(int | str), (int | list[T]).__parameters__, (int | str).__parameters__)
print(isinstance(int | str, types.UnionType), issubclass(int, Union[int, str]), isinstance(1, Optional[int]))
print(str(int | None), repr(list[int] | dict[str, int]), bool(int | str), (int | str) != (int | float))
try:
    (int | str)[int]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance("a", int | list[int])
except TypeError as e:
    print("TypeError:", e)


class Node:
    class Leaf:
        pass


print(Node | None, list[Node.Leaf] | None, isinstance(Node(), Node | None), isinstance(None, Node | None))
print(Optional[int].__origin__ is Union, Union[int, str].__origin__, hasattr(int | str, "__origin__"), hash(int | None) == hash(Optional[int]))
print((Optional[int] | str).__origin__ is Union, [a.__name__ for a in Optional[List[int]].__args__ if hasattr(a, "__name__")])
K = TypeVar("K")
print((list[T] | None)[int], dict[K, list[T]][str, int], Optional[List[T]][int], Union[T, K][int, str], (T | None)[str])
for bad in ["Optional[T][int, str]", "dict[K, T][int]", "list[int][str]"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
