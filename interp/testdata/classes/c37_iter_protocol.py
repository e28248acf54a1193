# Протокол итерации: __iter__ возвращает self или новый итератор, __getitem__ без __iter__, __reversed__, iter(callable, sentinel)
class OneShot:
    """Итератор: __iter__ возвращает self, второй проход пуст."""

    def __init__(self, items):
        self.items = list(items)
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.items):
            raise StopIteration
        self.pos += 1
        return self.items[self.pos - 1]


class Reusable:
    """Итерируемое: каждый __iter__ даёт новый генератор."""

    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        for item in self.items:
            yield item

    def __reversed__(self):
        print("  (вызван __reversed__)")
        return iter(self.items[::-1])


once = OneShot("абв")
print(list(once), list(once))
again = Reusable("где")
print(list(again), list(again), list(reversed(again)))
print(iter(once) is once, iter(again) is not iter(again))


class Squares:
    """Только __getitem__ и __len__: итерация до IndexError."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("вне диапазона")
        return i * i

    def __len__(self):
        return self.n


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq)
print(list(reversed(sq)), sorted(sq, reverse=True)[:2])
for i, v in enumerate(sq):
    if i == 2:
        print("третий:", v)
print(max(sq), sum(sq), tuple(sq)[-1])
a, b, *rest = sq
print(a, b, rest)


class Words:
    def __getitem__(self, i):
        words = ["первое", "второе", "третье"]
        return words[i]


print(list(Words()), "второе" in Words())
print(list(zip(Words(), Squares(10))))

lines = iter(["заголовок", "данные 1", "данные 2", "", "хвост"])
body = list(iter(lambda: next(lines), ""))
print(body, next(lines))

counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Reusable([1]))
except TypeError as e:
    print("TypeError:", e)
it = iter(OneShot([1, 2]))
print(next(it), next(it), next(it, "конец"))
