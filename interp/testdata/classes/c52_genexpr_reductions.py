# Генераторные выражения в sum/any/all/min/max с key, ленивость, короткое замыкание
calls = []


def traced(x):
    calls.append(x)
    return x


nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x * x for x in nums), sum(x for x in nums if x > 0), sum((x for x in nums), 100))
print(any(traced(x) > 3 for x in nums), calls)
calls.clear()
print(all(traced(x) > -5 for x in nums), calls)
calls.clear()
print(any(()), all(()), any(x for x in []), all(x for x in []))

words = ["яблоко", "Груша", "ёжевика", "слива", "Абрикос", "киви"]
print(max(words, key=len), min(words, key=len), max(words, key=str.lower), min(words, key=lambda w: (len(w), w)))
print(max((len(w), w) for w in words), min(w[::-1] for w in words))
print(max([], default="пусто"), min((x for x in []), default=None), max(3, 7, 1), min("ёжик"))
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError:", e)
print(sorted(words, key=lambda w: w.lower().replace("ё", "е")))
print(sum(1 for w in words if w[0].isupper()), sum(len(w) for w in words) / len(words))

gen = (w.upper() for w in words if len(w) > 4)
print(next(gen), next(gen), list(gen), list(gen))
squares = (n * n for n in range(5))
print(3 in squares, list(squares))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix), [sum(col) for col in zip(*matrix)])
print(sum(matrix[i][i] for i in range(3)), all(len(row) == 3 for row in matrix))
print(dict((w[0].lower(), w) for w in words), set(len(w) for w in words))
print(tuple(x for x in range(10) if x % 3 == 0), "".join(c for c in "привет мир" if c not in "аеёиоуыэюя "))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, round(sum(0.1 for _ in range(10)), 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
try:
    sum(["а", "б"], "")
except TypeError as e:
    print("TypeError:", e)

x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
lazy = (1 / n for n in [1, 2, 0, 4])
out = []
try:
    for v in lazy:
        out.append(v)
except ZeroDivisionError:
    print("ошибка на третьем элементе, собрано:", out)
print(max(enumerate(nums), key=lambda p: p[1]), min(range(len(nums)), key=lambda i: nums[i]))
print(sorted(zip(words, map(len, words)), key=lambda p: -p[1])[:3])
