# Format specs in f-strings, format() and str.format count code points.
def show(s):
    return f"[{s:>10}][{s:<10}][{s:^10}][{s:*^9}][{s:.2}][{s!r:>12}]"


for w in ["Ёлка", "Δέλτα", "東京都", "👍🏽", ""]:
    print(show(w))
print(format("привет", ">12"), format("привет", "ж^12"), format("ё", "10"))
print("{:>8}|{:<8}|{:^8}".format("мир", "да", "нет"))
print("{0:ё>7}{1:.1}".format("ух", "ты"), "{name:^11}".format(name="Анна"))
width = 9
print(f"{'Эх':{width}}|{'Эх':>{width}}|{'Эх':^{width}.1}|")
d = {"город": "Казань"}
print(f"{d['город']:>10}", "{0[город]:<9}|".format(d))
print(f"{'ж'!a}", f"{'ж'!r}", f"{'ж'!s}", f"{'я'=}")
