# str.translate/maketrans, partition, expandtabs, textwrap для русского текста
import textwrap

ТРАНСЛИТ = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
таблица = str.maketrans({**ТРАНСЛИТ, **{к.upper(): з.capitalize() for к, з in ТРАНСЛИТ.items()}})
for слово in ["Щука", "Ёжик", "съезд", "Юлия Объедкова", "ЖУК"]:
    print(слово, "->", слово.translate(таблица))

без_гласных = str.maketrans("", "", "аеёиоуыэюяАЕЁИОУЫЭЮЯ")
print("Съешь же ещё этих мягких французских булок".translate(без_гласных))
замена = str.maketrans("абв", "где", "ь")
print("бабка вьюга".translate(замена), замена[ord("а")], замена[ord("ь")])
print("abc".translate({ord("a"): None, ord("b"): "ББ", ord("c"): 1078}))
try:
    str.maketrans("аб", "в")
except ValueError as e:
    print("ValueError:", e)

for строка in ["ключ=значение=ещё", "без разделителя", "=пусто"]:
    print(строка.partition("="), строка.rpartition("="))
запись = "Иванов Иван Иванович; 1990-05-17; Москва"
фио, _, остаток = запись.partition("; ")
дата, _, город = остаток.partition("; ")
год, месяц, день = map(int, дата.split("-"))
print(фио.split()[0], год, месяц, день, город)

таблица_txt = "имя\tвозраст\tгород\nАнна\t31\tТверь\nПётр\t7\tОмск"
for строка in таблица_txt.splitlines():
    print(repr(строка.expandtabs(10)), len(строка.expandtabs(4)))
print("а\tб\tв".expandtabs(), "12345\t6".expandtabs(3))

текст = ("Москва — столица России, город федерального значения, административный "
         "центр Центрального федерального округа и центр Московской области, в состав "
         "которой не входит.")
print(textwrap.fill(текст, width=40))
print(textwrap.fill(текст, width=30, initial_indent="* ", subsequent_indent="  "))
строки = textwrap.wrap(текст, 25)
print(len(строки), max(map(len, строки)), строки[-1])
print(textwrap.shorten(текст, width=50, placeholder=" …"))
print(textwrap.dedent("""\
    первая строка
      вторая с отступом
    третья"""))
print(textwrap.indent("раз\nдва\n\nтри", "> "))
print("|".join(s.center(9, "·") for s in ["я", "мы", "они"]))
print("Привет".ljust(10, "_") + "|", "Мир".rjust(6) + "|", "ёЖ".swapcase(), "ǅ".lower())
