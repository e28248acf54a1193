# Group names may be any identifier ((?P<имя>...)), as in Python (RE2's
# are ASCII); m["name"] and m[1] read groups; re.subn and Pattern.subn
# return the new string and the count of replacements.
import re

m = re.search(r"(?P<фамилия>[А-ЯЁ][а-яё]+) (?P<имя>[А-ЯЁ][а-яё]+)(?P<x_1>\d*)", "кто: Ёлкин Пётр7!")
print(m.group("фамилия"), m["имя"], m["x_1"], m[0], m[2], m.groupdict())
print(m.start("имя"), m.end("фамилия"), m.span("имя"), m.group(1, "имя"))
print(re.sub(r"(?P<слово>\w+)@", r"<\g<слово>>", "кот@ пёс@"), re.sub(r"(?P<a>\d)", r"[\g<a>]", "a1b2"))
for bad in ("нет", 5, -1):
    try:
        m[bad]
    except IndexError as e:
        print("IndexError:", e)
print(re.subn(r"а", "я", "мама мыла раму"), re.subn(r"\d", "#", "тел 123-45", count=2))
p = re.compile(r"(?P<буква>[ёе])")
print(p.subn(lambda mm: mm["буква"].upper(), "ёлка ель"), p.subn("", "xyz"), re.subn("x", "y", "xx", 1))
