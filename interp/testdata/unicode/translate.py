# str.translate and str.maketrans in their three forms.
table = str.maketrans("абв", "abv")
print("абвгд".translate(table), table)
print("привет".translate(str.maketrans({"п": "P", "р": None, "и": "ии"})))
print("привет".translate(str.maketrans({1087: "П", "т": 84})))
print("ёжик".translate(str.maketrans("ё", "е", "к")))
print("Ωμέγα".translate({ord("Ω"): "O", ord("μ"): None}))
print("日本".translate({26085: "ni"}), "x".translate({}))


def translit(s):
    t = str.maketrans("абвгдежзийклмнопрстуф", "abvgdezzijklmnoprstuf")
    return s.translate(t)


print(translit("привет"), translit("москва"))
try:
    str.maketrans("аб", "a")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"аб": 1})
except ValueError as e:
    print("ValueError:", e)
