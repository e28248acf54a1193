# re с кириллицей: классы [а-яё], \w, IGNORECASE, группы, sub с функцией
import re

текст = "Ёлка, ель и ЕЛЬНИК растут у дороги №7; в 2023 году посадили 15 ёлочек. Email: lesnik@mail.ru"
print(re.findall(r"[а-яё]+", текст))
print(re.findall(r"\b[ЕЁеё]\w*", текст))
print(re.findall(r"ель\w*", текст, re.IGNORECASE))
print(re.findall(r"(?i)ёл\w+", текст))
print(re.findall(r"\d+", текст), re.findall(r"\w+@\w+\.\w+", текст))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), текст)[:60])
print(re.split(r"[,;.]\s*", текст)[:4])

шаблон = re.compile(r"(?P<фамилия>[А-ЯЁ][а-яё]+)\s+(?P<имя>[А-ЯЁ])[а-яё]*\s+(?P<отчество>[А-ЯЁ])[а-яё]*")
for m in шаблон.finditer("Пушкин Александр Сергеевич и Лермонтов Михаил Юрьевич"):
    print(m.group("фамилия"), f"{m['имя']}.{m['отчество']}.", m.span(), m.groupdict())
print(шаблон.sub(r"\g<имя>. \g<отчество>. \g<фамилия>", "Толстой Лев Николаевич"))
print(bool(re.fullmatch(r"[А-ЯЁ][а-яё]*", "Ёж")), bool(re.fullmatch(r"[А-Я][а-я]*", "Ёж")))
print(re.match(r"\w+", "слово123_x!").group(), re.match(r"\W+", "!?—слово").group())
print(re.findall(r"[^\W\d_]+", "abc_где42жзи"), re.findall(r"\s+", "а \t б\nв"))
print(re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2], "москва санкт-петербург"))
print(re.search(r"(\w+)\s+\1", "очень очень хорошо").group(1))
print(re.escape("цена: 5.0 (руб)"), re.compile(r"[ё]", re.I).pattern)
даты = re.findall(r"(\d{2})\.(\d{2})\.(\d{4})", "с 01.09.2023 по 31.05.2024 и 15.06.2024")
print(даты, sorted(даты, key=lambda д: (д[2], д[1], д[0]))[0])
print(re.subn(r"[аеёиоуыэюя]", "*", "Колокольчики мои", flags=re.I))
print(re.findall(r"ё", "ЁЁёё", re.IGNORECASE), re.findall(r"Ё", "ёе", re.I))
for строка in ["+7 (912) 345-67-89", "8-912-345-67-89", "номер 12345"]:
    цифры = re.sub(r"\D", "", строка)
    m = re.match(r"[78]?(\d{10})$", цифры)
    print(строка, "->", m.group(1) if m else None)
try:
    re.compile(r"[а-")
except re.error as e:
    print("re.error:", e)
