# Indexing inside generators and generator expressions.
def letters(s):
    for i in range(len(s)):
        yield i, s[i]


def evens(s):
    i = 0
    while i < len(s):
        yield s[i]
        i += 2


print(list(letters("Ёжик")), "".join(evens("Привет, мир")))
print(list(s[0] for s in ["ёж", "уж", "жук"]), sum(1 for c in "ааб" if c == "а"))
print(max(w[-1] for w in "мама мыла раму".split()), any(w[0] == "м" for w in ["ум", "мы"]))
g = letters("Ωμ")
print(next(g), next(g), next(g, "конец"))
