import itertools

it = itertools
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.islice(it.cycle([1, 2, 3]), 7)), list(it.cycle([])))
print(list(it.repeat("x", 3)), list(it.islice(it.repeat(7), 4)), list(it.repeat(1, 0)))
print(list(it.chain([1, 2], "ab", range(3))), list(it.chain()), list(it.chain.from_iterable([[1], [2, 3], "xy"])))
print(list(it.islice(range(10), 2, 8, 2)), list(it.islice("abcdefg", 3)), list(it.islice(range(10), 4, None)), list(it.islice(range(5), None)), list(it.islice(range(10), 1, 3)))
print(list(it.product("ab", [1, 2])), list(it.product(range(2), repeat=3)), list(it.product()), list(it.product([], [1])))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abcd", 2)), list(it.permutations(range(3), 0)), list(it.permutations([1], 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(5), 3)), list(it.combinations([1, 2], 3)), list(it.combinations([1, 2], 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 0)))
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4), ("c", 5), ("c", 6)]
for k, g in it.groupby(data, key=lambda p: p[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in it.groupby("aaabbcdd")])
groups = [(k, g) for k, g in it.groupby([1, 1, 2])]
print([(k, list(g)) for k, g in groups])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest([1, 2], [3], fillvalue="-")), list(it.zip_longest()))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.starmap(lambda a, b: a * 10 + b, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
c = it.count()
print([x for x in it.islice(c, 3)], [x for x in it.islice(c, 3)])
cy = it.cycle("xy")
for i in range(3):
    print(i, next(cy))
