# Форматирование и методы str с кириллицей: format_map, вложенные поля, выравнивание, регистр
class Дефолт(dict):
    def __missing__(self, ключ):
        return f"<{ключ}?>"


шаблон = "{имя} из {город} купил {товар}"
print(шаблон.format_map(Дефолт(имя="Ёжик", товар="яблоки")))
print("{0:*^11}|{1:<6}|{2:>8.3f}|{3:+,d}".format("центр", "лево", 3.14159, 1234567))
print("{:{заполн}{выр}{ширина}}".format("ё", заполн="·", выр="^", ширина=7))
данные = {"товар": {"имя": "Чай", "цены": [120, 99]}}
print("{товар[имя]} стоит {товар[цены][1]} ₽ (было {товар[цены][0]})".format(**данные))
print("{!r:>10} {!s:<6}|{!a}".format("йод", "ёж", "щи"))
print(f"{'Ёлка':_<10}|{'ель':>5}|{42:^7}|{3.5:08.2f}|{-7:+05d}|{0.125:.1%}")
ширина = 12
for имя, балл in [("Анна", 91.5), ("Вячеслав", 78.25), ("Ё", 100)]:
    print(f"{имя:<{ширина}}{балл:>8.2f}")
print(f"{'ЗАГОЛОВОК'.center(20, '=')}")
for слово in ["привет мир", "ПРИВЕТ", "ёлка-палка", "straße", "ǆemal"]:
    print(слово.title(), слово.capitalize(), слово.upper(), слово.casefold(), слово.swapcase())
print("Ёж".isupper(), "ёж".islower(), "Ёж Ёжик".istitle(), "ё1".isalnum(), "٣".isdigit(), "½".isnumeric(), "Ⅻ".isnumeric())
print("тест".zfill(7), "-42".zfill(6), "абв".rjust(2), "длинная строка".split(maxsplit=1), "а,б,,в".split(","))
print(" \t текст \n".strip(), "xxтекстxx".strip("x"), "ёёёпрыгёё".lstrip("ё"), "file.tar.gz".rsplit(".", 1))
print("Мама мыла раму".count("ма"), "Мама мыла раму".lower().count("ма"), "абракадабра".find("бра", 2), "абракадабра".rindex("а"))
print("-".join("ёжик"), "".join(reversed("Ёжик")), "ёжик"[::-1].upper(), "а" * 3 + "б" * 2)
print("строка один\nстрока два\r\nтри".splitlines(), "a\tb".expandtabs(4), repr("кавычка ' и \""))
print(ord("Ё"), chr(1025), "\u0451", len("ё"), len("ё".encode()), "ё".encode("utf-8"))
print("Привет".encode("cp1251"), b"\xcf\xf0\xe8\xe2\xe5\xf2".decode("cp1251"), "Ёж".encode("koi8-r"))
try:
    "ё".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("ё".encode("ascii", errors="replace"), "ёж".encode("ascii", "xmlcharrefreplace"), "ёж".encode("ascii", "backslashreplace"))
print(sorted("вбаё"), sorted("вбаё", key=lambda c: c.replace("ё", "е" + "\uffff")), max("ёж", "яма"), "ё" > "я")
print("%s получил %d%% скидки, итог %.2f" % ("Пётр", 15, 850.0), "%-6s|%6s|" % ("ё", "ж"), "%c%c" % (1025, "ж"))
print(str.maketrans("ё", "е") == {1105: 1077}, "ёлка".replace("ё", "е", 1), "Ёлки-палки".partition("-"))
