# reprlib: size-limited reprs of containers, strs, ints and other
# values, with its limits changeable per Repr; recursive_repr.
import reprlib
from collections import deque

print(reprlib.repr(list(range(20))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr([]))
print(reprlib.repr(set("абвгдежз")), reprlib.repr(frozenset({3, 1, 2})), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({f"к{i}": i for i in range(6)}), reprlib.repr({}), reprlib.repr(deque(range(10))))
print(reprlib.repr("Съешь же ещё этих мягких французских булок"), reprlib.repr("коротко"))
print(reprlib.repr(2 ** 200), reprlib.repr(12345), reprlib.repr(3.5), reprlib.repr(None))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))


class Длинный:
    def __repr__(self):
        return "Длинный(" + "x" * 40 + ")"


class Сломанный:
    def __repr__(self):
        raise ValueError("нет")


print(reprlib.repr(Длинный()), reprlib.repr([Длинный()]), reprlib.repr(Сломанный()).startswith("<Сломанный instance at 0x"))
r = reprlib.Repr()
r.maxlist, r.maxstring, r.maxlevel, r.fillvalue = 2, 10, 1, "…"
print(r.repr(list(range(5))), r.repr("абвгдежзиклмн"), r.repr([[1, 2], [3]]), r.repr({1: [2]}))
print(reprlib.aRepr.maxlist, reprlib.aRepr.maxdict, reprlib.aRepr.maxstring)


class Дерево:
    def __init__(self, имя):
        self.имя = имя
        self.дети = []

    @reprlib.recursive_repr(fillvalue="<цикл>")
    def __repr__(self):
        return f"Дерево({self.имя!r}, {self.дети!r})"


д = Дерево("корень")
д.дети.append(Дерево("лист"))
д.дети.append(д)
print(д, Дерево.__repr__.__name__)
