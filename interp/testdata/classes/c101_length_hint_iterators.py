import operator
from itertools import islice, chain, zip_longest


class Обратный:
    def __init__(self, данные):
        self.данные = данные
        self.i = len(данные)

    def __iter__(self):
        return self

    def __next__(self):
        if self.i <= 0:
            raise StopIteration
        self.i -= 1
        return self.данные[self.i]

    def __length_hint__(self):
        return self.i


r = Обратный("абвгд")
print(operator.length_hint(r), next(r), operator.length_hint(r))
print(list(r), operator.length_hint(r), list(r))


class БезДлины:
    def __iter__(self):
        return iter([1, 2, 3])


print(operator.length_hint(БезДлины()), operator.length_hint(БезДлины(), 42))
print(operator.length_hint([1, 2]), operator.length_hint(iter("абв")), operator.length_hint(range(10)))


class Плохой:
    def __length_hint__(self):
        return -1


class НеЧисло:
    def __length_hint__(self):
        return "много"


class НетПодсказки:
    def __length_hint__(self):
        return NotImplemented


for obj in [Плохой(), НеЧисло()]:
    try:
        operator.length_hint(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(operator.length_hint(НетПодсказки(), 7))


class Страницы:
    def __init__(self, всего, размер):
        self.всего, self.размер = всего, размер

    def __len__(self):
        return (self.всего + self.размер - 1) // self.размер

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("нет такой страницы")
        начало = i * self.размер
        return range(начало, min(начало + self.размер, self.всего))


с = Страницы(11, 4)
print(len(с), list(с), с[-1], list(reversed(с))[0])
print(operator.length_hint(с), 5 in с[1], [list(p) for p in islice(с, 1, None)])
try:
    с[5]
except IndexError as e:
    print("IndexError:", e)


class Счётчик:
    def __init__(self, до):
        self.до = до

    def __iter__(self):
        n = 0
        while n < self.до:
            yield n
            n += 1


print(list(zip_longest(Счётчик(3), "ab", fillvalue="-")))
print(list(chain(Счётчик(2), Обратный([7, 8]))))
print(sum(Счётчик(5)), max(Счётчик(4)), sorted(Счётчик(3), reverse=True))
it = iter(Счётчик(2))
print(next(it), next(it), next(it, "конец"))


class Сломанный:
    def __iter__(self):
        return 5


try:
    iter(Сломанный())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in Сломанный():
        pass
except TypeError as e:
    print("TypeError:", e)


class ТолькоNext:
    def __next__(self):
        return 1


try:
    iter(ТолькоNext())
except TypeError as e:
    print("TypeError:", e)
