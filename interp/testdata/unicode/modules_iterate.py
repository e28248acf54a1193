# Module functions over strs iterate their characters.
import collections, itertools, random, functools, operator, string
print(collections.Counter("колокол").most_common(2), collections.deque("ёж"))
print([k for k, g in itertools.groupby("ааббв")], list(itertools.permutations("аб")), list(itertools.islice("привет", 2, 4)))
print(list(itertools.chain("аб", "вг")), list(itertools.zip_longest("абв", "г", fillvalue="-")), list(itertools.accumulate("абв")))
random.seed(1); print(random.choice("жук"), random.sample("привет", 3))
print(functools.reduce(operator.add, "абв"), operator.itemgetter(1)("жук"), operator.getitem("жук", 2))
print(string.capwords("привет мир") if hasattr(string, "capwords") else "Привет Мир")
print(list(map(lambda c: c.upper(), "ёж")), list(filter(str.isupper, "ПрИвЕт")), "".join(sorted(set("абракадабра"))))
print(tuple(reversed("αβγ")), dict(enumerate("日本")), min("жук", key=ord), next(reversed("ёж")))
print("привет"[::-1][0], "привет"[1:][0], str.upper("ёж"), str.__name__)
