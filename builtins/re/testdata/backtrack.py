# Patterns Go's regexp (RE2) can't run as Python does run on the
# backtracking engine: Unicode \b and \B, lookarounds, backreferences,
# conditionals, with Cyrillic text.
import re

text = "Привет, мир! Поток-1 и мирный_день"
print(re.findall(r"\b\w+\b", "Привет, мир! Поток-1"))
print(re.sub(r"\bмир\b", "свет", text))
print(re.findall(r"\Bир\w*", text))
print(re.findall(r"\w+(?=!)", text))
print(re.findall(r"\b\w+(?!\w|!)", text))
print(re.findall(r"(?<=Поток-)\d", text))
print(re.findall(r"(?<!\w)м\w+", text))
print(re.findall(r"(\w)\1", "аллея, ссора, кооператив, book"))
print(re.findall(r"""(?P<q>['"]).*?(?P=q)""", """он сказал "да" и 'нет' """))
m = re.search(r"(?P<слово>\w+)\s+(?P=слово)", "это это повтор")
print(m, m.span(), m.group("слово"), m.groupdict(), m.groups())
print(re.sub(r"\b(\w)(\w*)\b", r"\2\1", "мир дом"))
print(re.sub(r"(?P<a>\b\w)", r"<\g<a>>", "мир дом"))
print(re.subn(r"\b", "|", "да нет"))
print(re.sub(r"(?<=а)", "-", "банан"))
print(re.split(r"\b", "один, два"))
print(re.split(r"(?<=,)\s*", "один, два,три"))
print(re.split(r"(\b)\W+", "один, два; три", maxsplit=1))
for m in re.finditer(r"\b\w+\b", "Ёж и ёлка, 42"):
    print(m.span(), m.group(), m.start(), m.end())
print(re.findall(r"\bпривет\b", "ПРИВЕТ привет Привет", re.I))
print(re.findall(r"(?i)\bмИр\b", "МИР, мир!"))
print(re.findall(r"^\w+(?=$)", "раз\nдва три\nчетыре", re.M))
print(re.findall(r"а.(?=б)", "а\nб аxб", re.S))
print(re.findall(r"""\b \w+   # слово
                    (?=!)    # перед !""", text, re.X))
print(re.findall(r"\b\w+\b", "мир world 42", re.A))
print(re.findall(r"(?<=\s)\w+", "мир world 42", re.A))
print(re.findall(r"(<)?\w+(?(1)>)", "<мир> дом"))
print(re.match(r"\w+\b", "мир!"), re.match(r"мир\b", "мирный"))
print(re.fullmatch(r"(\w)\w*\1", "шалаш"), re.fullmatch(r"(\w)\w*\1", "шалаши"))
p = re.compile(r"(?P<x>\w)(?P=x)")
print(p.groups, p.pattern, p.search("абв ее").group(0, 1, "x"))
print(p.search("ааXбб", 1), p.search("ааXбб", 1, 3), p.match("xааx", 1))
print(re.findall(r"(?<=\b)\w", "аб вг"))
try:
    re.search(r"(\w)\2", "aa")
except re.error as e:
    print("error", type(e).__name__)
print(re.findall(r"(?=(\w\w))", "абвг"))
print(re.match(r"(\w)\1", "Аа", re.I), re.match(r"(\w)\1", "Аа"))
print(re.sub(r"(?<=\b)(\w)", lambda m: m.group(1).upper(), "мир дом ёж"))
print(re.sub(r"x*(?=\b)", "-", "абxв г"))
print(re.findall(r"(a)?(?(1)b|c)", "ab c b"))
print(re.split(r"(?=[А-Я])", "ПриветМирДом"))
print(re.search(r"(?<![а-я])\d+", "д12 34").span(), re.search(r"\d+(?!\d|р)", "12р 34").span())
print(re.findall(r"\b\w", "e\u0301cole naïve"))
print(re.search(r"(?<=б)в", "абв", 2), re.compile(r"\bв").search("абв в", 2))
m = re.search(r"(?P<a>\w)(?P<b>\w)?(?=!)", "ё!")
print(m.groups(), m.groups("-"), m.groupdict(), m.span("a"), m.span("b"), m["a"], m.start(1))
# Slow enough to outlast the first time slices: the match is run again,
# under polling, and ends with CPython's result.
print(re.match(r"(a+)+(?=b)", "a" * 18 + "c"))
# After an empty match, one at the same place may not be empty (as Python).
print(re.findall(r"(?=a)|a", "aab"))
print(re.sub(r"\b|a", "-", "ab a"))
print(re.split(r"(?<=a)|b", "abab"))
print(re.findall(r"x*(?!y)", "xxy"))
