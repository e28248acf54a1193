# itertools: islice, takewhile, dropwhile, starmap, pairwise, groupby, accumulate, chain
import itertools as it
import operator


def натуральные():
    n = 1
    while True:
        yield n
        n += 1


print(list(it.islice(натуральные(), 5)), list(it.islice("абвгдеёж", 2, None, 3)))
print(list(it.takewhile(lambda x: x * x < 50, натуральные())))
print(list(it.dropwhile(str.isspace, "   текст  ")), "".join(it.dropwhile(lambda c: c != "т", "кот и тётя")))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap("{}={}".format, {"а": 1, "б": 2}.items())))
температуры = [-3, 1, 4, 2, -1, -5, 0]
print([b - a for a, b in it.pairwise(температуры)], list(it.pairwise("абв")))
print(list(it.accumulate(температуры, max)), list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
слова = sorted(["арбуз", "апельсин", "банан", "вишня", "виноград", "ёжевика"], key=lambda s: s[0])
for буква, группа in it.groupby(слова, key=lambda s: s[0]):
    print(буква, list(группа))
print([(k, len(list(g))) for k, g in it.groupby("ааббба")])
print(list(it.chain.from_iterable(["аб", "вг"])), list(it.chain([1], (2,), {3: 0})))
print(list(it.compress("абвгд", [1, 0, 1, 0, 1])), list(it.filterfalse(str.isupper, "АбВг")))
print(list(it.zip_longest("аб", [1, 2, 3], fillvalue="—")))
print(list(it.product("аб", repeat=2)), len(list(it.permutations(range(4), 2))))
print(list(it.combinations("абвг", 3))[:2], list(it.combinations_with_replacement("аб", 2)))
цикл = it.cycle("да нет".split())
print([next(цикл) for _ in range(5)], list(it.repeat("ё", 3)))
счёт = it.count(10, 5)
print(next(счёт), next(счёт), list(zip("абв", it.count())))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))


def партии(итерируемое, n):
    итератор = iter(итерируемое)
    while партия := tuple(it.islice(итератор, n)):
        yield партия


print(list(партии("абвгдеж", 3)))
try:
    it.batched("абв", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
строки = iter(["# заголовок", "# ещё", "данные 1", "# не комментарий", "данные 2"])
print(list(it.dropwhile(lambda s: s.startswith("#"), строки)))
