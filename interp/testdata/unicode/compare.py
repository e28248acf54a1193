# Comparisons order strs by code point.
def order(a, b):
    return a < b, a <= b, a > b, a == b, a != b


print(order("ёж", "еж"), order("Я", "а"), order("жук", "жуки"), order("Ω", "ω"))
print(order("z", "а"), order("😀", "日"), order("ab", "ab"))
words = ["яблоко", "Ёлка", "арбуз", "Арбуз", "ёлка", "ель"]
print(sorted(words), max(words), min(words))
print("б" in "абв", "где" in "абвгде", "ж" not in "абв")
print("ёж" == "ё" + "ж", "ПРИВЕТ".lower() == "привет", "e\u0301" == "\u00e9")
print(sorted([("б", 2), ("а", 3), ("б", 1)]))
print("абв" < "абвг" < "абд")
