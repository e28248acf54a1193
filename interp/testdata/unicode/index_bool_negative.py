# Bool and negative indexes, and every index of a short str.
def all_indexes(s):
    n = len(s)
    return [s[i] for i in range(-n, n)]


print(all_indexes("жук"), all_indexes("Ωμ"), all_indexes("😀x"))
s = "Ёлка"
print(s[True], s[False], s[-True], s[len(s) - 1], s[-len(s)])
print([s[i > 0] for i in range(-1, 2)])
