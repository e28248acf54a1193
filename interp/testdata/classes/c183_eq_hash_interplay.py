# __eq__ и __hash__: наследование __hash__ = None, unsafe_hash, изменяемые ключи, идентичность
from dataclasses import dataclass


class ТолькоEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, ТолькоEq) and self.v == other.v


print(ТолькоEq.__hash__, ТолькоEq(1) == ТолькоEq(1), ТолькоEq(1) != ТолькоEq(2), ТолькоEq(1) in [ТолькоEq(1)])
for действие in (lambda: hash(ТолькоEq(1)), lambda: {ТолькоEq(1)}, lambda: {ТолькоEq(1): 1}):
    try:
        действие()
    except TypeError as e:
        print("TypeError:", e)


class Потомок(ТолькоEq):
    pass


class СХешем(ТолькоEq):
    def __hash__(self):
        return hash(self.v)


print(Потомок.__hash__ is None, len({СХешем(1), СХешем(1), СХешем(2)}), СХешем(3) in {СХешем(3)})


class БезEq:
    pass


а, б = БезEq(), БезEq()
print(а == а, а == б, а != б, hash(а) == hash(а), len({а, б, а}), а in [б], а in [а])


class Всегда:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


в = Всегда()
print(в == 1, 1 == в, в == None, None == в, [1, 2].count(в), [1, 2].index(в), в in [5], 5 in [в], {в: 1}.get(в))


class Никогда:
    def __eq__(self, other):
        return False

    def __hash__(self):
        return 1


н = Никогда()
print(н == н, н in [н], н != н, [н] == [н], (н,) == (н,))


@dataclass
class Изменяемая:
    x: int


@dataclass(frozen=True)
class Замороженная:
    x: int


@dataclass(unsafe_hash=True)
class Небезопасная:
    x: int
    y: list = None


@dataclass(eq=False)
class ПоИдентичности:
    x: int


print(Изменяемая.__hash__, Изменяемая(1) == Изменяемая(1), hash(Замороженная(1)) == hash(Замороженная(1)), len({Небезопасная(1), Небезопасная(1)}))
print(ПоИдентичности(1) == ПоИдентичности(1), len({ПоИдентичности(1), ПоИдентичности(1)}), Замороженная(2) in {Замороженная(2): 0})
try:
    {Изменяемая(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Небезопасная(1, [2]))
except TypeError as e:
    print("TypeError:", e)


class Ключ:
    def __init__(self, имя):
        self.имя = имя

    def __eq__(self, other):
        return isinstance(other, Ключ) and self.имя == other.имя

    def __hash__(self):
        return hash(self.имя)

    def __repr__(self):
        return f"Ключ({self.имя})"


к = Ключ("a")
d = {к: 1}
к.имя = "b"
print(d.get(к), d.get(Ключ("a")), d.get(Ключ("b")), list(d), к in d)
к.имя = "a"
print(d.get(к), d[Ключ("a")])
nan = float("nan")
print(nan == nan, nan in [nan], {nan: 1}.get(nan), len({float("nan"), float("nan")}), [nan] == [nan])
print((1, [2]) == (1, [2]), [ТолькоEq(1)] == [ТолькоEq(1)], (ТолькоEq(1),) != (ТолькоEq(1),), {1: ТолькоEq(2)} == {1: ТолькоEq(2)})
