# textwrap с русским текстом: перенос, отступы, сокращение, dedent, длинные слова
import textwrap

poem = ("Мороз и солнце; день чудесный! Ещё ты дремлешь, друг прелестный — "
        "пора, красавица, проснись: открой сомкнуты негой взоры навстречу северной Авроры, звездою севера явись!")
for width in (30, 45):
    print(f"--- ширина {width} ---")
    print(textwrap.fill(poem, width=width))
print(textwrap.wrap(poem, 25)[:3])
print(textwrap.shorten(poem, width=40, placeholder=" […]"))
print(textwrap.indent("первая\nвторая\n\nчетвёртая", "» "))
print(textwrap.fill("один два три четыре пять", width=12, initial_indent="* ", subsequent_indent="  "))
doc = """
    Функция делает что-то.
      С отступом.
    Конец.
"""
print(repr(textwrap.dedent(doc)))
print(textwrap.wrap("сверхдлинноеслово" * 2, width=10))
print(textwrap.wrap("сверхдлинноеслово" * 2, width=10, break_long_words=False))

w = textwrap.TextWrapper(width=20, max_lines=3, placeholder="…", break_on_hyphens=True)
print(w.wrap("северо-западный ветер дул над Санкт-Петербургом всю ночь напролёт"))
print(textwrap.fill("а\tб в", width=8, expand_tabs=True, tabsize=4), textwrap.fill("", 10) == "")
print([len(line) for line in textwrap.wrap(poem, 33)])


def paragraph_report(title, text, width=36):
    border = "═" * width
    lines = [f"╔{border}╗", f"║{title.center(width)}║", f"╠{border}╣"]
    for line in textwrap.wrap(text, width - 2):
        lines.append(f"║ {line.ljust(width - 2)} ║")
    lines.append(f"╚{border}╝")
    return "\n".join(lines)


print(paragraph_report("Пушкин", poem))


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (1 if i < r else 0)) for i, w in enumerate(words[:-1])) + words[-1]


for line in textwrap.wrap(poem, 40)[:-1]:
    print(f"|{justify(line, 40)}|")
print(f"|{textwrap.wrap(poem, 40)[-1]:<40}|")
ww = textwrap.TextWrapper(width=24, initial_indent="1) ", subsequent_indent="   ", fix_sentence_endings=True)
for i, item in enumerate(["Купить хлеб и молоко. Позвонить маме.", "Починить велосипед до выходных"], 1):
    ww.initial_indent = f"{i}) "
    print(ww.fill(item))
