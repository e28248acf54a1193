# An object whose class defines __index__ stands for an int where
# CPython calls PyNumber_Index: slice bounds, range(), bin/hex/oct,
# chr, %d/%x, list.pop, and an index of a non-ASCII str.
class Позиция:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Кривой:
    def __index__(self):
        return "два"


P = Позиция
слово = "привет, мир"
print(слово[P(2)], слово[P(-1)], слово[P(1):P(5)], слово[::P(3)])
print([0, 1, 2, 3, 4, 5][P(1):P(5):P(2)], (1, 2, 3)[P(-2):])
print(list(range(P(2), P(9), P(3))), range(P(4)), range(10)[P(2):P(4)])
print(bin(P(5)), hex(P(255)), oct(P(8)), chr(P(1046)), chr(P(0x1F600)))
print("%d|%x|%o|%5X|%c" % (P(42), P(42), P(8), P(255), P(1046)))
стек = ["а", "б", "в"]
print(стек.pop(P(0)), стек)


class Счёт(int):
    pass


print(list(range(Счёт(3))), слово[Счёт(0)], bin(Счёт(6)))
for bad in (Кривой(), 2.5, "1"):
    try:
        range(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    слово[Кривой()]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][Кривой():]
except TypeError as e:
    print("TypeError:", e)
