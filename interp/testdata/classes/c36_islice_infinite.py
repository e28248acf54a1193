# Бесконечные генераторы и itertools: islice, count, cycle, takewhile, accumulate, chain
import itertools


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(itertools.islice(fibonacci(), 12)))
print(list(itertools.islice(primes(), 5, 15, 2)))
print(list(itertools.takewhile(lambda x: x < 100, fibonacci())))
print(next(itertools.dropwhile(lambda p: p < 50, primes())))

days = itertools.cycle(["пн", "вт", "ср", "чт", "пт", "сб", "вс"])
schedule = [f"{d}{i}" for i, d in zip(range(1, 10), days)]
print(schedule)

print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate(range(1, 6), lambda a, b: a * b, initial=1)))
print(list(itertools.chain.from_iterable(["аб", "вг", "д"])))
print(list(itertools.compress("абвгде", [1, 0, 1, 0, 1, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(itertools.zip_longest("абв", [1, 2], fillvalue="—")))
print(list(itertools.pairwise("ёжик")))

for key, grp in itertools.groupby(sorted("мама мыла раму".split(), key=len), key=len):
    print(key, list(grp))


def windows(iterable, n):
    it = iter(iterable)
    window = tuple(itertools.islice(it, n))
    if len(window) == n:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window


print(list(windows(range(6), 3)))
print(list(windows("ab", 3)))

evens = (n for n in itertools.count() if n % 2 == 0)
print([next(evens) for _ in range(5)])
a, b = itertools.tee(fibonacci())
print(list(itertools.islice(a, 3)), list(itertools.islice(b, 5)))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations("абв", 2))[:4])
print(list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations_with_replacement("xy", 2)))
counter = itertools.count(10, 2.5)
print([next(counter) for _ in range(4)])
print(list(itertools.repeat("эх", 3)))
print(sum(itertools.islice(primes(), 100)))
it = itertools.islice("абвгдеж", 2, None)
print(next(it), list(it))
