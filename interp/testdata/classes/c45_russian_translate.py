# Обработка русского текста: translate/maketrans, casefold, title, isalpha/isupper, транслитерация
TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
table = str.maketrans({**TRANSLIT, **{k.upper(): v.capitalize() for k, v in TRANSLIT.items()}})


def translit(s):
    return s.translate(table)


for phrase in ["Щука и Ёж", "Съешь же ещё этих мягких французских булок", "ЮЛЯ"]:
    print(f"{phrase} -> {translit(phrase)}")

vowels = str.maketrans("аеёиоуыэюя", "*" * 10, "ьъ")
print("Подъезд объявлений".lower().translate(vowels))
print("мама".translate({ord("м"): "п", ord("а"): None}))
print(str.maketrans("аб", "вг"))

words = ["Ёлка", "ель", "ЕЖЕВИКА", "ёж", "Яблоко", "арбуз", "Ärger", "straße"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: w.lower().replace("ё", "е")))
print("STRASSE".casefold() == "straße".casefold(), "ЁЖ".casefold())

for s in ["привет мир", "пРИВЕТ-мИР", "санкт-петербург", "ёлки-палки 2024", "o'нил"]:
    print(f"{s!r}: title={s.title()!r} capitalize={s.capitalize()!r} swapcase={s.swapcase()!r}")

samples = ["Привет", "ПРИВЕТ", "привет", "При вет", "Ёж2", "ЁЖ", "123", "١٢٣", "Ⅻ", "", "ǅ"]
for s in samples:
    print(f"{s!r:10} alpha={s.isalpha()!s:5} upper={s.isupper()!s:5} lower={s.islower()!s:5} "
          f"title={s.istitle()!s:5} digit={s.isdigit()!s:5} num={s.isnumeric()!s:5} alnum={s.isalnum()!s:5}")

text = "Ехал Грека через реку, видит Грека — в реке рак."
print(text.count("Грека"), text.find("рак"), text.rfind("ре"), text.index("—"))
print(text.split("Грека"), text.partition("—"), text.rpartition(" "))
print(text.replace("Грека", "грек", 1), text.startswith(("Ехал", "Шёл")), text.endswith("рак."))
print([w.strip(",.—") for w in text.split() if w.strip(",.—")])
print("  ёжик\t\n".strip(), "--да--".strip("-"), "ааабвааа".lstrip("а"), "ааабвааа".rstrip("а"))
print("слово".zfill(8), "-42".zfill(6), "Я".upper(), "ß".upper(), "İ".lower(), len("İ".lower()))
print("раз,два,,три".split(","), "раз два  три".split(), "a\nб\r\nв".splitlines(), "a\nб\n".splitlines(True))
print("-".join(reversed("привет")), "привет"[::-1], "привет"[1:-1:2])
print(max("яблоко", "Яблоко", "ёж"), min(["щ", "ш", "ё", "е"]), sorted("ёеЁЕжЖ"))
