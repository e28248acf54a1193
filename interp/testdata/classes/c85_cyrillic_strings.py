# Строки с кириллицей: подкласс str, casefold/title/swapcase, translate, encode, выравнивание


class Name(str):
    def initials(self):
        return "".join(part[0].upper() + "." for part in self.split())

    def __new__(cls, value):
        return super().__new__(cls, " ".join(value.split()).title())

    def __repr__(self):
        return f"Name({str(self)!r})"


n = Name("  иванов   пётр  сергеевич ")
print(n, repr(n), n.initials(), len(n), isinstance(n, str), n.upper(), type(n.upper()).__name__)
print(n + "!", type(n + "!").__name__, n[0], type(n[0]).__name__, n == "Иванов Пётр Сергеевич")

words = ["Ёлка", "ёлка", "ЁЛКА", "Straße", "STRASSE", "Ǆемал"]
print([w.lower() for w in words], [w.casefold() for w in words])
print(len({w.casefold() for w in words}), "straße".upper(), "ß".casefold(), "ǅ".upper(), "ǅ".lower(), "ǅ".istitle())
print("санкт-петербург".title(), "о'нил и д'артаньян".title(), "пРиВеТ мИр".swapcase(), "ьъ".capitalize(), "ёЖ".capitalize())
print("заголовок".center(17, "·"), "[" + "лево".ljust(8, "-") + "]", "[" + "право".rjust(8) + "]", "42".zfill(5), "-3".zfill(4))
print("ключ=значение=ещё".partition("="), "ключ=значение=ещё".rpartition("="), "нет".partition("="))
print("а,б,,в".split(","), "а б  в".split(), "раз два три четыре".split(" ", 2), "раз два три".rsplit(" ", 1))
print("строка1\nстрока2\r\nстрока3".splitlines(), "а\nб\n".splitlines(keepends=True), "кол1\tкол2\tк3".expandtabs(6))

translit = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
                          "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                          "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                          "щ": "shch", "ъ": None, "ы": "y", "ь": None, "э": "e", "ю": "yu", "я": "ya"})
for phrase in ["Съешь же ещё этих мягких французских булок", "Щёлкнуть ёжика"]:
    print(phrase.lower().translate(translit))
print("привет".translate(str.maketrans("пр", "ПР", "и")), str.maketrans("аб", "вг"))

for enc in ("utf-8", "cp1251", "koi8-r"):
    data = "Ёж".encode(enc)
    print(f"{enc:<10}{len(data):>3} {data.hex(' ')} -> {data.decode(enc)}")
try:
    "ёж".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("ёж".encode("ascii", errors="replace"), "ёж".encode("ascii", "xmlcharrefreplace"), "ёж".encode("ascii", "backslashreplace"))
try:
    b"\xd0".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xd0\xb0\xff".decode("utf-8", errors="replace"), b"\xd0\xb0\xff".decode("utf-8", "ignore"))

composed, decomposed = "й", "и\u0306"
print(len(composed), len(decomposed), composed == decomposed, [hex(ord(c)) for c in decomposed], decomposed)
print("Ёж".isalpha(), "ёж1".isalnum(), "١٢".isdigit(), "Ⅻ".isnumeric(), "  ".isspace(), "Ёж Ёжиков".istitle(), "ЁЖ".isupper())
print(sorted(["яблоко", "Ёлка", "ёж", "абрикос", "Юла"]), sorted(["яблоко", "Ёлка", "ёж", "абрикос", "Юла"], key=str.casefold))
print(max("ёжик"), min("ёжик"), ord("ё"), chr(1025), "\u044e", "\u044f" == "я", "я" > "Я" > "Ё")
