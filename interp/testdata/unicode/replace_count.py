# replace with a count, and its empty-pattern form.
def swap(s, a, b, n=-1):
    return s.replace(a, b, n)


print(swap("ааа", "а", "б", 2), swap("мама", "ма", "па"), swap("ёж", "ё", "е"))
print(swap("абв", "", "-"), swap("абв", "", "-", 2), swap("", "", "ж"))
print(swap("日本日本", "日", "月", 1), swap("👍🏽👍🏽", "🏽", ""), swap("αβα", "α", "ω", 0))
print("Привет".removeprefix("При"), "Привет".removesuffix("вет"), "Привет".removeprefix("вет"))
print("молоко".replace("о", "0"), "сад".replace("сад", "огород"))
