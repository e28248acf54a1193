# Регулярные выражения с кириллицей: [а-яё], \w, \b, группы, sub с функцией, флаги
import re

text = """Иванов Пётр, тел. +7 (912) 345-67-89, email: petr.ivanov@mail.ru
Щукина Алёна, тел. 8-800-555-35-35, email: alena_sh@yandex.ru
Ёлкин Ёжик — без телефона; ЕЛЬ и ель, ёлка и Ёлка."""

print(re.findall(r"[А-ЯЁ][а-яё]+", text)[:8])
print(re.findall(r"[а-яё]+", "Ёж ЕЛЬ ёлка", flags=re.IGNORECASE))
print(re.findall(r"\w+", "мир, труд; май! 2024_год")[:5])
print(re.findall(r"\w+", "мир, труд", flags=re.ASCII))
phones = re.findall(r"(?:\+7|8)[\s-]?\(?\d{3}\)?[\s-]?\d{3}-\d{2}-\d{2}", text)
print(phones)
for m in re.finditer(r"(?P<фамилия>[А-ЯЁ][а-яё]+) (?P<имя>[А-ЯЁ][а-яё]+),", text):
    print(m.group("фамилия"), m["имя"], m.span(), m.groupdict())
emails = re.compile(r"([\w.]+)@([\w.]+)\.(ru|com)")
print([m.groups() for m in emails.finditer(text)])
print(re.sub(r"ё", "е", text.split("\n")[2]))
print(re.sub(r"(?i)ель", lambda m: m.group().upper()[::-1], "Ель, ель, ЕЛЬ"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "Пётр Иванов"))
print(re.sub(r"\d", "#", "тел 123-45", count=2), re.subn(r"а", "я", "мама мыла раму"))
print(re.split(r"[,;—]\s*", "раз, два; три — четыре"), re.split(r"(\s)", "а б"))
print(bool(re.fullmatch(r"[а-яё]{3,5}", "ёжик")), bool(re.fullmatch(r"[а-я]{3,5}", "ёжик")))
print(re.match(r"\s*(\w+)", "  Привет мир").group(1), re.search(r"мир$", "Привет мир").start())
print(re.escape("цена: 100₽ (скидка 5%)"))
pat = re.compile(r"^(\w+):\s*(.*)$", re.MULTILINE)
print(pat.findall("ключ: значение\nимя: Ёжик\nпусто:"))
print(re.findall(r"\s([А-ЯЁ]\w*)", " Андрей и Борис, а не Виктор"))
print(re.findall(r"[^\d\s_]+", "Абв_где 123 жз4и"))
print(re.compile(r"(\w)(\w)").findall("ссора аллея"))
words = re.findall(r"\w+", text.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(((c, w) for w, c in freq.items() if c > 1), reverse=True)[:5])
try:
    re.compile(r"[а-")
except re.error as e:
    print("re.error:", type(e).__name__)
print(re.sub(r"\s+", " ", "  много   пробелов \t и\nстрок  ").strip())
print(re.findall(r"\w{6,}", "Съешь же ещё этих мягких французских булок"))
