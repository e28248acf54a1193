# Конвейеры itertools над русскими словами: groupby, chain, accumulate, tee, zip_longest, product
import itertools as it
from operator import itemgetter, mul

text = """Мороз и солнце; день чудесный! Ещё ты дремлешь, друг прелестный —
Пора, красавица, проснись: открой сомкнуты негой взоры
навстречу северной Авроры, звездою севера явись!"""

words = ["".join(ch for ch in w if ch.isalpha()).lower() for w in text.split()]
words = [w for w in words if w]
print(len(words), words[:6])

by_letter = it.groupby(sorted(words), key=lambda w: w[0])
for letter, group in by_letter:
    group = list(group)
    if len(group) > 1:
        print(f"{letter}: {', '.join(group)}")

by_len = {k: [w for w in g] for k, g in it.groupby(sorted(words, key=len), key=len)}
print({k: len(v) for k, v in by_len.items()})

lines = text.splitlines()
all_chars = it.chain.from_iterable(lines)
vowels = set("аеёиоуыэюя")
print(sum(1 for ch in all_chars if ch.lower() in vowels))
print(list(it.chain("аб", ["в"], ("г", "д")))[::2])

lengths = [len(w) for w in words[:8]]
print(lengths, list(it.accumulate(lengths)), list(it.accumulate(lengths, max)))
print(list(it.accumulate(lengths, mul, initial=1))[-1])

a, b = it.tee(words[:5])
next(b)
print([f"{x}→{y}" for x, y in zip(a, b)])
print(list(it.pairwise("абвг")))

left, right = ["один", "два", "три"], ["one", "two"]
for ru, en in it.zip_longest(left, right, fillvalue="—"):
    print(f"{ru:<6}|{en:>5}")

print(["".join(p) for p in it.product("да", "нет"[:2])])
print([" ".join(p) for p in it.permutations(["я", "ты", "он"], 2)][:4])
print(list(it.combinations("абвг", 3)))
print(list(it.combinations_with_replacement("ок", 2)))

print(list(it.compress(words, [1, 0, 1, 0, 1])))
print(list(it.takewhile(lambda w: len(w) < 6, words)), list(it.dropwhile(lambda w: len(w) < 6, words))[:2])
print(list(it.starmap(lambda w, n: w * n, [("ха", 3), ("но", 2)])))
print(list(it.islice(it.cycle("абв"), 2, 9)), list(it.repeat("эй", 3)))
print(list(it.filterfalse(lambda w: "о" in w, words))[:5])
counter = it.count(10, 5)
print([next(counter) for _ in range(4)], next(zip(it.count(), "яю")))

pairs = sorted(((w[-1], w) for w in words), key=itemgetter(0))
endings = [(k, len(list(g))) for k, g in it.groupby(pairs, key=itemgetter(0))]
print(sorted(endings, key=lambda kv: (-kv[1], kv[0]))[:5])

g = it.groupby("ааббба")
print([(k, len(list(v))) for k, v in g])
groups = it.groupby("ааб")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
