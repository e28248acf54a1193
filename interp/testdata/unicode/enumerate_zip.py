# enumerate, zip and map over strs.
def numbered(s):
    return list(enumerate(s))


print(numbered("ёлка"), numbered("αβ"), list(enumerate("日本", 1)))
print(list(zip("абв", "где")), list(zip("жук", [1, 2, 3])), list(zip("ab", "👍🏽x")))
print(dict(zip("ключ", range(4))))
print(list(map(str.upper, "ёж")), list(map(ord, "Ωω")))
for i, ch in enumerate("Привет"):
    if i % 2 == 0:
        print(i, ch)
print([(i, c) for i, c in enumerate("鳥居") if c != "居"])
print(list(zip(*["абв", "где"])))
