# s * n and str.join with non-ASCII parts.
def repeat(s, n):
    return s * n


print(repeat("ой", 3), repeat("ж", 0), repeat("日", -1), 2 * "Ωω", repeat("👍🏽", 2))
print(len(repeat("ё", 10)), repeat("ё", 10)[5], repeat("ая", 3)[::2])
print("-".join(["раз", "два", "три"]), "".join("ёжик"), "→".join("αβγ"), ", ".join({"ключ": 1}))
print(" ".join(w.capitalize() for w in "мама мыла раму".split()))
try:
    "-".join(["а", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "-".join([b"x"])
except TypeError as e:
    print("TypeError:", e)
